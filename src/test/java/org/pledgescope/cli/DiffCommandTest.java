package org.pledgescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code diff}: exit 1 when an edit or a later statement moved a verdict, 0 when nothing moved, 2 when it cannot load. */
class DiffCommandTest {

    @Test
    void anEditedRuleDirectoryMovesRegionsAndExitsOne() {
        CliRun run = CliRun.run("", "diff", "src/test/resources/packs/lint", "src/test/resources/packs/lint-edited");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out())
                .contains(
                        "Moved 1  NOT_COVERED → COVERED  (21 worlds)",
                        "  activity: PILOT",
                        "  rules: police-ban",
                        "this change moves 1 region (21 worlds)");
    }

    @Test
    void twoDaysOfOneRuleSetAreCompared() {
        CliRun run = CliRun.run(
                "",
                "diff",
                "--rules",
                "rules",
                "--pledge",
                "amazon-rekognition-moratorium",
                "--as-known-on",
                "2021-06-01",
                "--vs",
                "2021-06-01");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("nothing moved");
    }

    @Test
    void aGitRevisionOfTheRulesIsComparedWithTheWorkingCopy() {
        CliRun run = CliRun.run(
                "",
                "diff",
                "--pledge",
                "ibm-facial-recognition-exit",
                "--as-known-on",
                "2021-01-01",
                "--use-date",
                "2021-01-01",
                "HEAD",
                "rules");
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("diff of ibm-facial-recognition-exit: HEAD (sha256:");
    }

    @Test
    void badArgumentsAreClearErrors() {
        CliRun one = CliRun.run("", "diff", "rules");
        assertThat(one.exitCode()).isEqualTo(1);
        assertThat(one.err()).contains("give two rule sets (BEFORE AFTER)");
        CliRun rev = CliRun.run("", "diff", "no-such-revision", "rules");
        assertThat(rev.exitCode()).isEqualTo(2);
        assertThat(rev.err()).contains("no-such-revision: not a rule directory, nor a git revision");
        assertThat(rev.err()).doesNotContain("Exception");
    }
}
