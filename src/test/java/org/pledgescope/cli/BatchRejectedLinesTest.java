package org.pledgescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A flood of bad lines on the CLI: by default {@code batch} answers every line (its contract: one answer per
 * input line); {@code --max-rejected N} stops at the N+1th rejected line with a summary line, reads no further and
 * exits 1.
 */
class BatchRejectedLinesTest {
    @Test
    void maxRejectedStopsAtTheNextRejectedLineWithASummary() {
        CliRun run = CliRun.run("x\n".repeat(10_000), "batch", "--rules", "rules", "--max-rejected", "100");
        String[] lines = run.out().split("\n");
        assertThat(lines).hasSize(101);
        assertThat(lines[100]).startsWith("{\"stopped\":{\"atLine\":101,\"answered\":100,\"rejected\":100,");
        assertThat(run.err()).contains("stopped at line 101: more than 100 lines rejected (--max-rejected)");
        assertThat(run.exitCode()).isEqualTo(ExitCode.REJECTED);
    }

    @Test
    void withoutItEveryLineIsAnswered() {
        CliRun run = CliRun.run("x\n".repeat(5_000), "batch", "--rules", "rules");
        assertThat(run.out().split("\n")).hasSize(5_000);
        assertThat(run.err()).contains("5000 of 5000 lines rejected");
        assertThat(run.exitCode()).isEqualTo(ExitCode.REJECTED);
    }

    @Test
    void aNegativeLimitIsRefused() {
        CliRun run = CliRun.run("", "batch", "--rules", "rules", "--max-rejected", "-1");
        assertThat(run.err()).contains("--max-rejected: must be 0 or more, not -1");
        assertThat(run.exitCode()).isEqualTo(ExitCode.REJECTED);
    }
}
