package org.pledgescope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import javax.xml.stream.XMLStreamException;
import org.pledgescope.evaluation.RuleSet;
import org.pledgescope.pack.RulesLocation;
import org.pledgescope.scenario.CoverageCalculator;
import org.pledgescope.scenario.CoverageReporter;
import org.pledgescope.scenario.JUnitXmlReporter;
import org.pledgescope.scenario.PackCoverage;
import org.pledgescope.scenario.ParsedSuites;
import org.pledgescope.scenario.PrettyReporter;
import org.pledgescope.scenario.RunResult;
import org.pledgescope.scenario.ScenarioRunner;
import org.pledgescope.scenario.Suite;
import org.pledgescope.scenario.SuiteLoadException;
import org.pledgescope.scenario.SuiteLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code test [PATH...]}: runs scenario suites against the packs; exit 0 all pass, 1 any fails, 2 load error. */
@Command(
        name = "test",
        mixinStandardHelpOptions = true,
        description = "Run the scenario suites (*.yaml) under the given files and directories against the packs. "
                + "Exit 0 when every scenario passes, 1 when any fails (or coverage is below --min-coverage), "
                + "2 when a suite or pack cannot be loaded.")
final class TestCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    RulesOption rules;

    @Option(names = "--junit-xml", paramLabel = "FILE", description = "Also write the results as JUnit XML.")
    Path junitXml;

    @Option(
            names = "--coverage",
            description = "Report, per pack, the rules never fired, clauses never cited "
                    + "and open questions never raised, and the share of rules fired.")
    boolean coverage;

    @Option(
            names = "--min-coverage",
            paramLabel = "P",
            description = "Exit 1 if any pack has under P percent " + "of its rules fired.")
    Double minCoverage;

    @Option(
            names = "--only",
            paramLabel = "REGEX",
            description = "Run only the scenarios whose name matches "
                    + "(anywhere in the name); count the others as skipped.")
    String only;

    @Option(
            names = "--watch",
            description = "Stay running: on every save under the rules directory or the suites, "
                    + "recompile the packs edited and re-run the suites they affect.")
    boolean watch;

    @Option(
            names = "--watch-runs",
            hidden = true,
            defaultValue = "2147483647",
            description = "Stop watching after this many re-runs (for tests).")
    int watchRuns;

    @Option(
            names = "--pack",
            paramLabel = "ID",
            description = "Compile and test only this pack (repeatable): only "
                    + "the scenarios whose pledge it is run, and coverage is reported for it alone.")
    List<String> packs;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Suite files or directories (default: examples/).")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Pattern filter;
        try {
            filter = only == null ? null : Pattern.compile(only);
        } catch (PatternSyntaxException e) {
            err.println("error: --only: invalid regular expression: " + e.getDescription());
            err.flush();
            return ExitCode.LOAD_ERROR;
        }
        // Compiling the packs takes seconds: read the suites meanwhile.
        Set<String> only = packs == null || packs.isEmpty() ? null : Set.copyOf(packs);
        CompletableFuture<RuleSet> compiling = CompletableFuture.supplyAsync(() -> rules.load(err, only, !watch));
        List<Path> suitePaths = paths == null || paths.isEmpty() ? List.of(Path.of("examples")) : paths;
        ParsedSuites parsed = new SuiteLoader(Clock.systemUTC()).read(suitePaths);
        if (only != null) {
            parsed = parsed.onlyPacks(only);
        }
        RuleSet ruleSet = compiling.join();
        if (ruleSet == null) {
            if (!parsed.problems().isEmpty()) {
                // Every problem of every file in one run: the suites' own, found without the packs, too.
                ProblemList.print(err, "error: the scenario suites could not be loaded either:", parsed.problems());
            }
            return ExitCode.LOAD_ERROR;
        }
        List<Suite> suites;
        try {
            suites = parsed.resolve(ruleSet);
        } catch (SuiteLoadException e) {
            ProblemList.print(err, "error: the scenario suites could not be loaded:", e.problems());
            return ExitCode.LOAD_ERROR;
        }
        RunResult run = new ScenarioRunner(ruleSet)
                .run(suites, name -> filter == null || filter.matcher(name).find());
        PrettyReporter pretty = new PrettyReporter(out);
        pretty.report(run);
        if (junitXml != null && !writeJUnit(run, err)) {
            return ExitCode.LOAD_ERROR;
        }
        boolean coverageLow = coverage(ruleSet, run, out);
        pretty.close(run);
        int code = run.failed() > 0 || coverageLow ? ExitCode.REJECTED : ExitCode.OK;
        if (!watch) {
            return code;
        }
        try {
            return new TestWatch(
                            RulesLocation.resolve(rules.path()),
                            suitePaths,
                            only == null ? id -> true : only::contains,
                            name -> filter == null || filter.matcher(name).find(),
                            out,
                            err)
                    .watch(ruleSet, watchRuns);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return code;
        }
    }

    /** Prints coverage when asked; true when a pack is below {@code --min-coverage}. */
    private boolean coverage(RuleSet ruleSet, RunResult run, PrintWriter out) {
        if (!coverage && minCoverage == null) {
            return false;
        }
        List<PackCoverage> packs = CoverageCalculator.compute(ruleSet, run);
        if (coverage) {
            new CoverageReporter(out).report(packs);
        }
        boolean low = false;
        for (PackCoverage c : packs) {
            if (minCoverage != null && c.percent() < minCoverage) {
                out.println("coverage of " + c.pack() + " is " + CoverageReporter.percent(c) + ", below --min-coverage "
                        + String.format(Locale.ROOT, "%.1f%%", minCoverage));
                low = true;
            }
        }
        out.flush();
        return low;
    }

    private boolean writeJUnit(RunResult run, PrintWriter err) {
        try (Writer w = Files.newBufferedWriter(junitXml, StandardCharsets.UTF_8)) {
            new JUnitXmlReporter(w).report(run);
            return true;
        } catch (IOException | XMLStreamException e) {
            err.println("error: cannot write " + junitXml + ": " + e.getMessage());
            err.flush();
            return false;
        }
    }
}
