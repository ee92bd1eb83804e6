package org.pledgescope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.pledgescope.evaluation.RuleSet;
import org.pledgescope.evaluation.RuleSetLoader;
import org.pledgescope.pack.PackLoadException;
import org.pledgescope.pack.RulesLocation;
import org.pledgescope.scenario.ParsedSuites;
import org.pledgescope.scenario.PrettyReporter;
import org.pledgescope.scenario.RunResult;
import org.pledgescope.scenario.ScenarioRunner;
import org.pledgescope.scenario.Suite;
import org.pledgescope.scenario.SuiteLoadException;
import org.pledgescope.scenario.SuiteLoader;

/**
 * {@code test --watch}: after the first run, watches the rules directory and the suites, and on every save
 * recompiles only the packs edited and re-runs the suites they affect (a suite edited is re-run whole). It polls
 * the files' sizes and modification times every {@value #POLL_MS} ms, which works the same on every file system.
 */
final class TestWatch {
    private static final long POLL_MS = 50;

    private final Path rulesDir;
    private final RulesLocation location;
    private final List<Path> suitePaths;
    private final Predicate<String> packs;
    private final Predicate<String> scenarios;
    private final PrintWriter out;
    private final PrintWriter err;

    TestWatch(
            RulesLocation location,
            List<Path> suitePaths,
            Predicate<String> packs,
            Predicate<String> scenarios,
            PrintWriter out,
            PrintWriter err) {
        this.location = location;
        this.rulesDir = location.directory();
        this.suitePaths = suitePaths;
        this.packs = packs;
        this.scenarios = scenarios;
        this.out = out;
        this.err = err;
    }

    /** Watches until interrupted or {@code maxRuns} re-runs have been reported (tests); returns the last exit code. */
    int watch(RuleSet first, int maxRuns) throws InterruptedException {
        if (rulesDir == null) {
            err.println("error: --watch needs a rules directory (--rules DIR, or rules/ here); the bundled packs "
                    + "never change");
            err.flush();
            return ExitCode.LOAD_ERROR;
        }
        // The files as they are now: a save made while warming up is seen at the first poll.
        Map<Path, String> seen = snapshot();
        warmUp();
        out.println("watching " + rulesDir + " and " + suitePaths + " (Ctrl-C to stop)");
        out.flush();
        RuleSet current = first;
        int code = ExitCode.OK;
        for (int runs = 0; runs < maxRuns; ) {
            Thread.sleep(POLL_MS);
            Map<Path, String> now = snapshot();
            if (now.equals(seen)) {
                continue;
            }
            long start = System.nanoTime();
            Thread.sleep(POLL_MS); // let an editor finish writing
            now = snapshot();
            Set<Path> changed = changed(seen, now);
            seen = now;
            RuleSet next = reload(current);
            runs++;
            if (next == null) {
                out.println("--- " + changedNames(changed) + " changed: the rules do not load ("
                        + (System.nanoTime() - start) / 1_000_000 + " ms after the save was seen)");
                out.flush();
                code = ExitCode.LOAD_ERROR;
                continue;
            }
            current = next;
            code = rerun(current, changed, start);
        }
        return code;
    }

    /**
     * Compiles the packs watched once with the compiler for edits and runs their suites on the result, printing
     * nothing: the first save is then recompiled and re-run by warm code, as every later one is.
     */
    private void warmUp() {
        RuleSet warm = new RuleSetLoader(Clock.systemUTC()).warmUpForEdits(location, packs);
        if (warm == null) {
            return;
        }
        try {
            List<Suite> suites = new SuiteLoader(Clock.systemUTC())
                    .read(suitePaths)
                    .onlyPacks(Set.copyOf(warm.packIds()))
                    .resolve(warm);
            RunResult run = new ScenarioRunner(warm).run(suites, scenarios);
            // The report too, to nowhere: the first save's report is then written by warm code as well.
            PrettyReporter nowhere = new PrettyReporter(new PrintWriter(Writer.nullWriter()));
            nowhere.report(run);
            nowhere.close(run);
        } catch (SuiteLoadException e) {
            // reported by the first re-run, as without a warm-up
        }
    }

    private RuleSet reload(RuleSet current) {
        try {
            RuleSet next = new RuleSetLoader(Clock.systemUTC()).load(location, packs, current);
            next.notes().forEach(n -> err.println("note: " + n));
            err.flush();
            return next;
        } catch (PackLoadException e) {
            ProblemList.print(
                    err, "error: the rule set could not be loaded (the last good one stays loaded):", e.problems());
            return null;
        }
    }

    private int rerun(RuleSet rules, Set<Path> changed, long start) {
        Set<String> editedPacks = new TreeSet<>();
        List<Path> editedSuites = new ArrayList<>();
        boolean vocabulary = false;
        for (Path p : changed) {
            if (p.startsWith(rulesDir)) {
                Path rel = rulesDir.relativize(p);
                if (rel.getNameCount() > 1) {
                    editedPacks.add(rel.getName(0).toString());
                } else {
                    vocabulary = true;
                }
            } else {
                editedSuites.add(p);
            }
        }
        SuiteLoader loader = new SuiteLoader(Clock.systemUTC());
        List<Suite> suites = new ArrayList<>();
        try {
            if (vocabulary) {
                suites.addAll(loader.read(suitePaths).resolve(rules));
            } else {
                if (!editedPacks.isEmpty()) {
                    ParsedSuites all = loader.read(suitePaths);
                    suites.addAll(all.onlyPacks(editedPacks).resolve(rules));
                }
                List<Path> existing =
                        editedSuites.stream().filter(Files::isRegularFile).toList();
                if (!existing.isEmpty()) {
                    ParsedSuites edited = loader.read(existing);
                    suites.addAll(edited.resolve(rules));
                }
            }
        } catch (SuiteLoadException e) {
            ProblemList.print(err, "error: the scenario suites could not be loaded:", e.problems());
            return ExitCode.LOAD_ERROR;
        }
        List<Suite> kept = suites.stream().filter(s -> !s.scenarios().isEmpty()).toList();
        RunResult run = new ScenarioRunner(rules).run(kept, scenarios);
        PrettyReporter pretty = new PrettyReporter(out);
        pretty.report(run);
        pretty.close(run);
        // Concatenated, not printf: a formatter's first use loads locale data, on the first save's clock.
        out.println("--- " + changedNames(changed) + " changed: re-ran " + kept.size()
                + (kept.size() == 1 ? " suite" : " suites") + " in " + (System.nanoTime() - start) / 1_000_000
                + " ms after the save was seen");
        out.flush();
        return run.failed() > 0 ? ExitCode.REJECTED : ExitCode.OK;
    }

    private static String changedNames(Set<Path> changed) {
        return changed.stream().map(Path::toString).sorted().toList().toString();
    }

    private static Set<Path> changed(Map<Path, String> before, Map<Path, String> after) {
        Set<Path> out = new TreeSet<>();
        after.forEach((p, v) -> {
            if (!Objects.equals(before.get(p), v)) {
                out.add(p);
            }
        });
        before.keySet().stream().filter(p -> !after.containsKey(p)).forEach(out::add);
        return out;
    }

    /** Every file under the rules directory and the suite paths, with its size and modification time. */
    private Map<Path, String> snapshot() {
        Map<Path, String> files = new HashMap<>();
        List<Path> roots = new ArrayList<>(suitePaths);
        roots.add(rulesDir);
        for (Path root : roots) {
            if (!Files.exists(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.filter(Files::isRegularFile).toList()) {
                    try {
                        files.put(
                                p.normalize(),
                                Files.size(p) + "@"
                                        + Files.getLastModifiedTime(p).toMillis());
                    } catch (IOException e) {
                        // deleted while walking: the next snapshot sees it gone
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                // a directory removed while walking: the next snapshot sees it gone
            }
        }
        return files;
    }
}
