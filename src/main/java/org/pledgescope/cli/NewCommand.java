package org.pledgescope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import org.pledgescope.scaffold.PackScaffold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code new PACK-ID}: scaffolds a pack (pack.yaml, a decision table, a scenario suite) that passes at once. */
@Command(
        name = "new",
        mixinStandardHelpOptions = true,
        description = "Create a new pack: pack.yaml with one statement and clause, a decision table (rules.csv) with "
                + "its header rows and one example row, and a scenario suite. It loads and passes at once; then "
                + "replace the placeholders with the record's words. Exit 2 when nothing could be written.")
final class NewCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PACK-ID", description = "The pack's id: lower-case letters, digits and dashes.")
    String id;

    @Option(
            names = "--rules",
            paramLabel = "DIR",
            defaultValue = "rules",
            description = "The rules directory to create the pack in (default: rules).")
    Path rules;

    @Option(
            names = "--suites",
            paramLabel = "DIR",
            defaultValue = "examples/scenarios",
            description = "Where to write the scenario suite (default: examples/scenarios).")
    Path suites;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            PackScaffold.Created created = PackScaffold.write(id, rules, suites, LocalDate.now(ZoneOffset.UTC));
            out.println("created pack " + id + ":");
            created.files().forEach(f -> out.println("  " + f));
            out.println("next: edit " + created.pack() + " (quote the record), then the rows of " + created.rules()
                    + ", and run");
            out.println("  pledgescope test --rules " + rules + " --pack " + id + " " + created.suite());
            out.flush();
            return ExitCode.OK;
        } catch (PackScaffold.Refused e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return ExitCode.LOAD_ERROR;
        }
    }
}
