package org.pledgescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A pack the allowlist refuses is refused alike by validate and by check: no command runs what another refuses. */
class HostilePacksTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "reflection",
                "escaped-newline",
                "accumulate",
                "declare-initialiser",
                "salience-expression",
                "eval",
                "endless-loop",
                "allocation",
                "feeds-itself",
                "process-in-table"
            })
    void validateAndCheckRefuseTheSamePackWithTheSameProblems(String attack) {
        String rules = "src/test/resources/packs/hostile/" + attack;
        CliRun validate = CliRun.run("", "validate", "--rules", rules);
        CliRun check = CliRun.run("", "check", "--rules", rules, "examples/queries/police-face-search.json");

        assertThat(validate.exitCode()).isEqualTo(ExitCode.LOAD_ERROR);
        assertThat(check.exitCode()).isEqualTo(ExitCode.LOAD_ERROR);
        assertThat(problemLines(check.err())).isNotEmpty().isEqualTo(problemLines(validate.err()));
    }

    private static java.util.List<String> problemLines(String err) {
        return err.lines()
                .filter(l -> l.startsWith("src/test/resources/packs/hostile/"))
                .toList();
    }
}
