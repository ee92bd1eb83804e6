package org.pledgescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A run of one command registers only that command with picocli (reading every command's annotations costs a
 * one-shot run time it does not need); help and the usage still list them all, the hidden warm-up excepted.
 */
class OneCommandRegisteredTest {
    @Test
    void aRunOfOneCommandRegistersOnlyIt() {
        assertThat(Cli.commandLineFor("test").getSubcommands().keySet()).containsExactly("test");
        assertThat(Cli.commandLineFor("check").getSubcommands().keySet()).containsExactly("check");
    }

    @Test
    void helpAndTheUsageListEveryCommand() {
        assertThat(Cli.commandLineFor("help").getSubcommands().keySet())
                .contains("check", "batch", "test", "serve", "map", "diff", "new", "validate", "help");
        assertThat(Cli.commandLineFor("--help").getSubcommands())
                .hasSameSizeAs(Cli.commandLine().getSubcommands());

        CliRun usage = CliRun.run("", "--help");
        assertThat(usage.out()).contains("validate").contains("diff").doesNotContain("warm-up");
        CliRun help = CliRun.run("", "help", "check");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Usage: pledgescope check");
    }

    @Test
    void anUnknownCommandIsStillAnErrorNamingIt() {
        CliRun run = CliRun.run("", "chek", "q.json");

        assertThat(run.exitCode()).isEqualTo(ExitCode.LOAD_ERROR);
        assertThat(run.err()).contains("chek");
    }
}
