package org.pledgescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code validate} prints a pack's warnings under it and counts them; they never fail the load (exit 0). */
class ValidateWarningsTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void aLateTermIsListedUnderItsPackAndTheLoadSucceeds() {
        int code = Cli.run(
                new PrintWriter(out),
                new PrintWriter(err),
                "validate",
                "--no-lint",
                "--strict",
                "--rules",
                "src/test/resources/packs/teaching/term-starts-late");

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains(
                        "  warnings:\n    warning: src/test/resources/packs/teaching/term-starts-late/body-cams/pack.yaml:19:"
                                + " the term starts 2019-08-01, 1 month after its statement was published (2019-06-27)",
                        "\nwarnings: 1 (accepted; see each pack)");
    }
}
