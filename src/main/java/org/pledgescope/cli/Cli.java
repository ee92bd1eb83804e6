package org.pledgescope.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code pledgescope <command>}: one CLI for checking, batches, scenario suites and the REST service. */
@Command(name = "pledgescope", mixinStandardHelpOptions = true, version = "pledgescope 0.1.0",
        description = "Does a company's public pledge about its technology cover a given use?",
        subcommands = {CheckCommand.class, BatchCommand.class, ServeCommand.class})
public final class Cli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int code = run(args);
        if (code != ExitCode.SERVING) {
            System.exit(code);
        }
    }

    /** Runs a command and returns its exit code (tests call this); with no command, starts the service. */
    public static int run(String... args) {
        String[] effective = args.length == 0 ? new String[] {"serve"} : args;
        if (!effective[0].equals("serve")) {
            CliLogging.quiet();
        }
        return new CommandLine(new Cli()).setCaseInsensitiveEnumValuesAllowed(false).execute(effective);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
