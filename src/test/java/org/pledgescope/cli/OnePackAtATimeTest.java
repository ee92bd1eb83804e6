package org.pledgescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * {@code validate --pack ID} compiles, lists and lints that pack alone, and {@code --strict} then counts its findings
 * alone, so a new pack can be gated while another carries warnings. {@code test --pack} and {@code map --pack} name a
 * pack the same way, and an id naming no pack is the same error in all three: exit 2, what it was probably meant to
 * be, and every pack there is. Fixture: packs/one-pack-at-a-time (a pack with nine lint findings and a clean one).
 */
class OnePackAtATimeTest {
    private static final String RULES = "src/test/resources/packs/one-pack-at-a-time";
    private static final String NO_SUCH_PACK =
            "error: no pack named 'clear' in " + RULES + " (did you mean 'clean'?); the packs: [clean, flawed]";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void strictIsScopedToThePackNamed() {
        assertThat(run("validate", "--strict", "--rules", RULES)).isEqualTo(1);
        out.getBuffer().setLength(0);

        assertThat(run("validate", "--strict", "--pack", "clean", "--rules", RULES))
                .as(err.toString())
                .isZero();
        assertThat(out.toString())
                .contains("1 pack (--pack clean)", "clean: Clean pledge (lint fixture)", "\nlint: no findings")
                .doesNotContain("flawed:");
    }

    @Test
    void thePackNamedIsListedAndLintedAlone() {
        assertThat(run("validate", "--strict", "--pack", "flawed", "--rules", RULES))
                .isEqualTo(1);
        assertThat(out.toString())
                .contains("flawed: Flawed pledge", "lint: 9 findings in 1 pack (--strict: exit 1)")
                .doesNotContain("clean:");
    }

    @Test
    void anUnknownIdIsTheSameErrorForValidateTestAndMap() {
        assertThat(run("validate", "--pack", "clear", "--rules", RULES)).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo(NO_SUCH_PACK);
        err.getBuffer().setLength(0);

        assertThat(run("test", "--pack", "clear", "--rules", RULES, "src/test/resources/scenarios/merge"))
                .isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo(NO_SUCH_PACK);
        err.getBuffer().setLength(0);

        assertThat(run("map", "--pack", "clear", "--lint", "--rules", RULES)).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo(NO_SUCH_PACK);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void mapTakesThePackAsValidateAndTestDo() {
        CliRun map = CliRun.run("", "map", "--pack", "clean", "--lint", "--rules", RULES);
        assertThat(map.exitCode()).as(map.err()).isZero();
        assertThat(map.out()).contains("clean: no findings");
    }
}
