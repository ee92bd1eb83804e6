package org.pledgescope.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code pledgescope <command>}: one CLI for checking, batches, scenario suites and the REST service. With no
 * command (or only options, e.g. {@code --port 9090}) it runs {@code serve}.
 */
@Command(
        name = "pledgescope",
        mixinStandardHelpOptions = true,
        version = "pledgescope 0.1.0",
        description = "Does a company's public pledge about its technology cover a given use?",
        subcommands = {
            CheckCommand.class,
            BatchCommand.class,
            TestCommand.class,
            ServeCommand.class,
            MapCommand.class,
            DiffCommand.class,
            NewCommand.class,
            ValidateCommand.class,
            CommandLine.HelpCommand.class
        })
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
        String[] effective = args;
        if (args.length == 0
                || args[0].startsWith("--")
                        && !List.of("--help", "--version", "-h", "-V").contains(args[0])) {
            effective = new String[args.length + 1];
            effective[0] = "serve";
            System.arraycopy(args, 0, effective, 1, args.length);
        }
        if (!effective[0].equals("serve")) {
            CliLogging.quiet();
        }
        return new CommandLine(new Cli())
                .setCaseInsensitiveEnumValuesAllowed(false)
                .setExecutionExceptionHandler((e, commandLine, parseResult) -> {
                    // Every expected failure is reported by its command; this is the last guard against a stack trace.
                    commandLine
                            .getErr()
                            .println("error: "
                                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
                    commandLine.getErr().flush();
                    return ExitCode.LOAD_ERROR;
                })
                .execute(effective);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
