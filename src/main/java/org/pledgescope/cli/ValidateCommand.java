package org.pledgescope.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.pledgescope.evaluation.LoadedPack;
import org.pledgescope.evaluation.RuleSet;
import org.pledgescope.map.LintFinding;
import org.pledgescope.map.MapException;
import org.pledgescope.map.ScopeMap;
import org.pledgescope.pack.OpenQuestion;
import org.pledgescope.pack.Pack;
import org.pledgescope.pack.RuleInfo;
import org.pledgescope.pack.Statement;
import org.pledgescope.vocabulary.Fact;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code validate}: loads every pack and lists what it holds with the scope map's lint findings (warnings), or prints
 * every problem and exits 2.
 */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Load, check and compile every pack, and list each one: its statements, its rules by file, "
                    + "its open questions, the facts it declares, and the scope map's lint findings over its whole space "
                    + "(rules that fire in no world, silences, PROHIBITS/EXEMPTS conflicts, idle readings, open questions "
                    + "never decisive or never raised: what 'map PACK --lint' reports).",
            "With --pack, only those packs are compiled, listed and linted (every pack.yaml is still read), and "
                    + "--strict counts their findings alone: a new pack can be gated while others carry warnings.",
            "Warnings (accepted, worth a look, e.g. a term starting long after its statement) are listed under each "
                    + "pack; they never fail a load.",
            "Exit codes: 0 every pack loads (lint findings are warnings); 1 with --strict, when any pack has a "
                    + "lint finding; 2 with every problem (file:line, or a table's cell) when a pack does not load, or "
                    + "when --pack names no pack."
        })
final class ValidateCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    RulesOption rules;

    @Option(
            names = "--strict",
            description = "Exit 1 when any pack has a lint finding (default: they are warnings, " + "exit 0).")
    boolean strict;

    @Option(
            names = "--pack",
            paramLabel = "ID",
            description = "Compile, list and lint only this pack (repeatable); --strict then counts its findings "
                    + "alone. An id naming no pack is an error listing the packs.")
    List<String> packs;

    @Option(
            names = "--no-lint",
            description = "Skip the lint findings (they answer every world of each pack's space, "
                    + "which takes seconds for a large pack); only load, check and list.")
    boolean noLint;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        // One-shot: a pack just edited is compiled with the compiler for edits (see TestCommand).
        Set<String> only = packs == null || packs.isEmpty() ? null : new TreeSet<>(packs);
        RuleSet ruleSet = rules.load(spec.commandLine().getErr(), only, true);
        if (ruleSet == null) {
            return ExitCode.LOAD_ERROR;
        }
        out.println("rules in " + ruleSet.location() + " (" + ruleSet.revision() + "): "
                + ruleSet.packs().size() + (ruleSet.packs().size() == 1 ? " pack" : " packs")
                + (only == null ? "" : " (--pack " + String.join(", ", only) + ")"));
        int findings = 0;
        int packsWithFindings = 0;
        int warnings = 0;
        for (LoadedPack loaded : ruleSet.packs()) {
            print(out, loaded);
            out.println("  " + ruleSet.tableSummary(loaded.pack().id()));
            warnings += loaded.pack().warnings().size();
            if (noLint) {
                continue;
            }
            int n = printLint(out, ruleSet, loaded.pack().id());
            findings += n;
            packsWithFindings += n > 0 ? 1 : 0;
        }
        out.println();
        if (warnings > 0) {
            out.println("warnings: " + warnings + " (accepted; see each pack)");
        }
        if (noLint) {
            out.println("lint: skipped (--no-lint)");
        } else if (findings == 0) {
            out.println("lint: no findings");
        } else {
            out.println("lint: " + findings + (findings == 1 ? " finding" : " findings") + " in " + packsWithFindings
                    + (packsWithFindings == 1 ? " pack" : " packs")
                    + (strict ? " (--strict: exit 1)" : " (warnings; --strict makes them fail)"));
        }
        out.flush();
        return strict && findings > 0 ? ExitCode.REJECTED : ExitCode.OK;
    }

    /**
     * Prints a pack's lint findings and returns how many there are. A pack the map cannot cover (its rules read the
     * use date itself, or its space is over the map's limits) is noted as not linted, which is not a finding.
     */
    private static int printLint(PrintWriter out, RuleSet ruleSet, String packId) {
        List<LintFinding> findings;
        try {
            findings = ScopeMap.lint(ruleSet, packId);
        } catch (MapException e) {
            out.println("  lint: not linted: " + e.getMessage());
            return 0;
        }
        List<LintFinding> notMapped = findings.stream()
                .filter(f -> f.kind() == LintFinding.Kind.NOT_MAPPED)
                .toList();
        if (!notMapped.isEmpty()) {
            notMapped.forEach(f -> out.println("  lint: " + f.message()));
            return 0;
        }
        out.println("  lint:"
                + (findings.isEmpty()
                        ? " no findings"
                        : " " + findings.size() + (findings.size() == 1 ? " finding" : " findings")));
        findings.forEach(f -> out.println("    " + f));
        return findings.size();
    }

    private static void print(PrintWriter out, LoadedPack loaded) {
        Pack pack = loaded.pack();
        out.println();
        out.println(pack.id() + ": " + pack.title() + " (" + pack.vendor() + ")");
        out.println("  statements:");
        for (Statement s : pack.chronological()) {
            out.println("    " + s.id() + "  " + s.published()
                    + (s.term() == null ? "" : "  term " + s.term().describe()) + "  clauses: "
                    + s.clauses().stream().map(c -> c.id()).toList());
        }
        out.println("  rules:");
        byFile(loaded.rules())
                .forEach((file, names) -> out.println("    " + file + ": " + names.size() + " "
                        + (names.size() == 1 ? "rule" : "rules") + " " + names));
        List<OpenQuestion> questions = pack.questions();
        out.println("  open questions:" + (questions.isEmpty() ? " none" : ""));
        for (OpenQuestion q : questions) {
            out.println("    " + q.id() + "  readings: "
                    + q.readings().stream()
                            .map(r -> r.id() + " → " + r.effect())
                            .toList()
                    + (q.presumed() == null ? "" : "  presumed: " + q.presumed())
                    + (q.settledBy() == null
                            ? ""
                            : "  (settled by " + q.settledBy().statement() + ")"));
        }
        out.println("  facts it declares:" + (pack.facts().isEmpty() ? " none" : ""));
        for (Fact f : pack.facts()) {
            out.println("    " + f.path() + "  " + f.kind().name().toLowerCase(Locale.ROOT)
                    + (f.values().isEmpty() ? "" : ": " + f.valueIds()));
        }
        if (!pack.warnings().isEmpty()) {
            out.println("  warnings:");
            pack.warnings().forEach(w -> out.println("    warning: " + w));
        }
    }

    /** Rule names by the file they are written in (a table's rules by the table, whatever their cells). */
    private static Map<String, List<String>> byFile(List<RuleInfo> rules) {
        Map<String, List<String>> out = new TreeMap<>();
        for (RuleInfo r : rules) {
            String file =
                    r.file().contains("!") ? r.file().substring(0, r.file().indexOf('!')) : r.file();
            out.computeIfAbsent(file, k -> new ArrayList<>()).add(r.name());
        }
        Map<String, List<String>> sorted = new LinkedHashMap<>();
        out.forEach((k, v) -> sorted.put(k, v.stream().sorted().toList()));
        return sorted;
    }
}
