package org.pledgescope.cli;

import java.io.PrintWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.pledgescope.evaluation.RuleSetLoader;
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
        description = "Does a company's public pledge about its technology cover a given use?")
public final class Cli implements Runnable {
    /**
     * The commands that usually compile a pack just edited (an analyst's loop); the others mostly answer from decision
     * tables in the cache and never start Drools.
     */
    private static final Set<String> COMPILING = Set.of("test", "validate", "bundle");

    /** The commands, in the order the usage lists them. */
    private static final Map<String, Supplier<Object>> COMMANDS = commands();

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("check", CheckCommand::new);
        commands.put("batch", BatchCommand::new);
        commands.put("test", TestCommand::new);
        commands.put("serve", ServeCommand::new);
        commands.put("map", MapCommand::new);
        commands.put("diff", DiffCommand::new);
        commands.put("new", NewCommand::new);
        commands.put("validate", ValidateCommand::new);
        commands.put("bundle", BundleCommand::new);
        commands.put("keygen", KeygenCommand::new);
        commands.put("warm-up", WarmUpCommand::new);
        // Not a method reference: an archived lambda must not name picocli's own classes, which are too old (Java 5
        // class files) for a class-data archive to keep once linked.
        commands.put("help", () -> new CommandLine.HelpCommand());
        return Collections.unmodifiableMap(commands);
    }

    static {
        // picocli would otherwise look for Groovy's Closure class in every jar on the class path (no annotation here
        // holds a closure): a tenth of a second of every run.
        if (System.getProperty("picocli.disable.closures") == null) {
            System.setProperty("picocli.disable.closures", "true");
        }
    }

    /** The whole command line, every command registered (what {@code --help} and {@code help} list). */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Cli());
        COMMANDS.forEach((name, command) -> cli.addSubcommand(name, command.get()));
        return cli;
    }

    /**
     * The command line for a run of {@code command}: only that command is registered when it is one (picocli reads
     * each command's annotations when it is registered, which a one-shot run need not pay for the others).
     */
    static CommandLine commandLineFor(String command) {
        if (!COMMANDS.containsKey(command) || command.equals("help")) {
            return commandLine();
        }
        CommandLine cli = new CommandLine(new Cli());
        cli.addSubcommand(command, COMMANDS.get(command).get());
        return cli;
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        StandardOutput.install();
        if (args.length > 0 && QuickJvm.secondsLong(args[0]) && System.getProperty(QuickJvm.PROPERTY) == null) {
            OneRunCompiler.c1Only();
        }
        int code = run(args);
        System.out.flush();
        if (StandardOutput.closedPipe()) {
            code = ExitCode.CLOSED_PIPE; // the reader had what it wanted, whatever the command wrote after
        }
        if (code != ExitCode.SERVING) {
            System.exit(code);
        }
    }

    /** Runs a command and returns its exit code (tests call this); with no command, starts the service. */
    public static int run(String... args) {
        return run(null, null, args);
    }

    /** {@link #run(String...)} writing to {@code out} and {@code err} (null: standard output and error). */
    static int run(PrintWriter out, PrintWriter err, String... args) {
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
        if (COMPILING.contains(effective[0])) {
            // Drools starts on another core while picocli reads the arguments.
            RuleSetLoader.startEngineEarly();
        }
        CommandLine cli = commandLineFor(effective[0]);
        if (out != null) {
            cli.setOut(out);
        }
        if (err != null) {
            cli.setErr(err);
        }
        return cli.setCaseInsensitiveEnumValuesAllowed(false)
                .setExecutionExceptionHandler(new LastGuard())
                .execute(effective);
    }

    /**
     * Every expected failure is reported by its command; this is the last guard against a stack trace. (A class, not
     * a lambda: a class-data archive can keep it, with picocli's interface.)
     */
    private static final class LastGuard implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
            commandLine
                    .getErr()
                    .println("error: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            commandLine.getErr().flush();
            return ExitCode.LOAD_ERROR;
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
