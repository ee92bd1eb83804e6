package org.pledgescope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.pledgescope.diagnostics.DidYouMean;
import org.pledgescope.evaluation.RuleSet;
import org.pledgescope.evaluation.RuleSetLoader;
import org.pledgescope.pack.PackLoadException;
import org.pledgescope.pack.RulesLocation;
import picocli.CommandLine.Option;

/** {@code --rules DIR}, shared by every command that loads packs. */
public final class RulesOption {
    @Option(
            names = "--rules",
            paramLabel = "DIR",
            description = "Rules directory (default: rules/ here if it exists, else the packs bundled in the jar).")
    Path rules;

    public Path path() {
        return rules;
    }

    /** Loads the rule set, or prints every problem as file:line: message and returns null. */
    RuleSet load(PrintWriter err) {
        return load(err, null);
    }

    /** Loads the packs named (all when {@code packs} is null), or prints every problem and returns null. */
    RuleSet load(PrintWriter err, Set<String> packs) {
        return load(err, packs, false);
    }

    /**
     * {@link #load(PrintWriter, Set)}; {@code oneRun}: for a run that ends when its work is done, a pack missing from
     * the compiled-rules cache is compiled with the compiler for edits (faster, not stored).
     */
    RuleSet load(PrintWriter err, Set<String> packs, boolean oneRun) {
        return load(err, packs, oneRun, true);
    }

    /**
     * The rule set for one query: when the query names its pledge and a pack of that id exists, only that pack's rules
     * are compiled (every pack.yaml is still read and checked; a query about one pledge needs no other pack's rules),
     * otherwise every pack's, so that a query naming an unknown pledge is told which are loaded.
     */
    RuleSet loadFor(PrintWriter err, String pledge) {
        if (pledge == null) {
            return load(err);
        }
        RuleSet one = load(err, Set.of(pledge), false, false);
        if (one == null) {
            return null; // its problems are printed
        }
        return one.packIds().contains(pledge) ? one : load(err);
    }

    private RuleSet load(PrintWriter err, Set<String> packs, boolean oneRun, boolean missingIsAnError) {
        try {
            RuleSetLoader loader = new RuleSetLoader(Clock.systemUTC());
            RulesLocation location = RulesLocation.resolve(rules);
            if (packs != null && missingIsAnError) {
                List<String> ids = location.read().stream()
                        .map(RulesLocation.PackFiles::id)
                        .toList();
                List<String> unknown =
                        packs.stream().filter(p -> !ids.contains(p)).sorted().toList();
                if (!unknown.isEmpty()) {
                    err.println("error: " + noSuchPack(unknown, ids, location.describe()));
                    err.flush();
                    return null;
                }
            }
            Predicate<String> compile = packs == null ? id -> true : packs::contains;
            RuleSet ruleSet = oneRun ? loader.loadForOneRun(location, compile) : loader.load(location, compile);
            if (packs != null && !ruleSet.packIds().containsAll(packs) && !missingIsAnError) {
                return ruleSet;
            }
            ruleSet.notes().forEach(n -> err.println("note: " + n));
            err.flush();
            return ruleSet;
        } catch (PackLoadException e) {
            ProblemList.print(err, "error: the rule set could not be loaded:", e.problems());
            return null;
        }
    }

    /**
     * The error for {@code --pack} ids (or a map's pledge) naming no pack: each id, what it was probably meant to be,
     * and every pack there is. {@code validate}, {@code test} and {@code map} say it alike.
     */
    static String noSuchPack(List<String> unknown, List<String> ids, String where) {
        String hint = unknown.size() == 1 ? DidYouMean.hint(unknown.get(0), ids) : "";
        return "no pack named "
                + String.join(", ", unknown.stream().map(u -> "'" + u + "'").toList())
                + " in " + where + hint + "; the packs: " + ids;
    }
}
