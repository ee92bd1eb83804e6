package org.pledgescope.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import org.pledgescope.evaluation.LoadedPack;
import org.pledgescope.evaluation.RuleSet;
import org.pledgescope.pack.Effect;
import org.pledgescope.pack.OpenQuestion;
import org.pledgescope.pack.Pack;
import org.pledgescope.pack.Reading;
import org.pledgescope.pack.RuleInfo;
import org.pledgescope.verdict.Finding;
import org.pledgescope.verdict.FindingKind;
import org.pledgescope.verdict.Reason;
import org.pledgescope.verdict.Verdict;

/** Findings over a pack's whole space: what a map shows that no single query does. */
final class Lint {
    private Lint() {}

    static List<LintFinding> of(RuleSet rules, String packId) {
        LoadedPack loaded = rules.pack(packId)
                .orElseThrow(() -> new MapException("id", "no pledge '" + packId + "'; loaded: " + rules.packIds()));
        String noTable = rules.withoutTable(packId);
        if (noTable != null) {
            return List.of(new LintFinding(
                    packId,
                    LintFinding.Kind.NOT_MAPPED,
                    packId,
                    "its rules read facts beyond what classes of values capture (" + noTable
                            + "), so its space has no finite map; not linted",
                    null,
                    null));
        }
        ScopeMap map = ScopeMap.build(rules, packId, ScopeMap.Request.everything());
        Grid grid = map.grid();
        List<LintFinding> out = new ArrayList<>();
        deadRules(loaded, grid, out);
        regions(
                packId,
                grid,
                LintFinding.Kind.SILENCE,
                w -> grid.answer(w).inTerm() && grid.answer(w).reasons().isEmpty(),
                w -> "",
                "no rule reaches these worlds inside the term",
                out);
        regions(
                packId,
                grid,
                LintFinding.Kind.CONFLICT,
                w -> grid.answer(w).certainConflict(),
                w -> rulesOf(grid.answer(w)),
                "both certain",
                out);
        questions(loaded.pack(), grid, out);
        return out;
    }

    private static void deadRules(LoadedPack pack, Grid grid, List<LintFinding> out) {
        Set<String> fired = new TreeSet<>();
        grid.answers().forEach(a -> fired.addAll(a.rulesFired()));
        for (RuleInfo r : pack.rules()) {
            if (!fired.contains(r.name())) {
                out.add(new LintFinding(
                        pack.pack().id(),
                        LintFinding.Kind.DEAD_RULE,
                        "'" + r.name() + "'",
                        "fires in no world of the space (" + String.format("%,d", grid.size()) + " worlds)",
                        r.file(),
                        r.line() > 0 ? r.line() : null));
            }
        }
    }

    private static String rulesOf(WorldAnswer a) {
        List<String> prohibit = new ArrayList<>();
        List<String> exempt = new ArrayList<>();
        for (Reason r : a.reasons()) {
            if (r.dependsOn().isEmpty() && r.effect() == FindingKind.PROHIBITS) {
                prohibit.add(r.rule());
            } else if (r.dependsOn().isEmpty() && r.effect() == FindingKind.EXEMPTS) {
                exempt.add(r.rule());
            }
        }
        return "PROHIBITS by " + prohibit + " and EXEMPTS by " + exempt;
    }

    private static void regions(
            String pack,
            Grid grid,
            LintFinding.Kind kind,
            IntPredicate include,
            IntFunction<String> detail,
            String message,
            List<LintFinding> out) {
        Map<String, Integer> ids = new LinkedHashMap<>();
        List<String> details = new ArrayList<>();
        int[] labelOf = new int[grid.cells()];
        for (int w = 0; w < grid.cells(); w++) {
            if (include.test(w)) {
                labelOf[w] = ids.computeIfAbsent(detail.apply(w), k -> {
                    details.add(k);
                    return details.size() - 1;
                });
            }
        }
        if (ids.isEmpty()) {
            return;
        }
        for (Regions.Box b : Regions.of(grid, w -> labelOf[w], include)) {
            String d = details.get(b.label());
            out.add(new LintFinding(
                    pack,
                    kind,
                    MapText.describe(ScopeMap.where(grid, b)),
                    message
                            + (d.isEmpty() ? "" : ": " + d) + " (" + String.format("%,d", b.worlds()) + " worlds; e.g. "
                            + grid.answer(ScopeMap.exampleWorld(grid, b)).because() + ")",
                    null,
                    null));
        }
    }

    private static void questions(Pack pack, Grid grid, List<LintFinding> out) {
        for (OpenQuestion q : pack.questions()) {
            List<WorldAnswer> raised = new ArrayList<>();
            boolean decisive = false;
            for (WorldAnswer a : grid.answers()) {
                if (raises(a, q.id())) {
                    raised.add(a);
                    decisive |=
                            a.openQuestions().contains(q.id()) || a.presumed().containsKey(q.id());
                }
            }
            if (raised.isEmpty()) {
                out.add(new LintFinding(
                        pack.id(),
                        LintFinding.Kind.NEVER_RAISED,
                        "'" + q.id() + "'",
                        "no world of the space raises it",
                        null,
                        null));
                continue;
            }
            if (!decisive) {
                out.add(new LintFinding(
                        pack.id(),
                        LintFinding.Kind.NEVER_DECISIVE,
                        "'" + q.id() + "'",
                        "raised, but no reading of it changes the verdict of any world (" + q.readingIds()
                                + " all give the same)",
                        null,
                        null));
                continue;
            }
            Map<List<Verdict>, List<String>> byVerdicts = new LinkedHashMap<>();
            for (Reading r : q.readings()) {
                List<Verdict> verdicts = new ArrayList<>();
                for (WorldAnswer a : raised) {
                    verdicts.add(verdictUnder(pack, a.reasons(), q.id(), r));
                }
                byVerdicts.computeIfAbsent(verdicts, k -> new ArrayList<>()).add(r.id());
            }
            byVerdicts.values().stream()
                    .filter(ids -> ids.size() > 1)
                    .forEach(ids -> out.add(new LintFinding(
                            pack.id(),
                            LintFinding.Kind.IDLE_READING,
                            "'" + q.id() + "' " + ids,
                            "these readings give the same verdict in "
                                    + "every world that raises the question: choosing between them changes no verdict",
                            null,
                            null)));
        }
    }

    private static boolean raises(WorldAnswer a, String q) {
        for (Reason r : a.reasons()) {
            if (q.equals(r.question()) && r.effect() == FindingKind.OPEN
                    || r.dependsOn().contains(q)) {
                return true;
            }
        }
        return false;
    }

    /** The verdict of a world's findings with {@code q} read as {@code reading}, the other questions free. */
    static Verdict verdictUnder(Pack pack, List<Reason> reasons, String q, Reading reading) {
        List<Finding> findings = reasons.stream()
                .map(r -> new Finding(r.rule(), r.effect(), r.clause(), r.question(), r.dependsOn()))
                .toList();
        Set<String> others = new TreeSet<>();
        findings.forEach(f -> others.addAll(f.questions()));
        others.remove(q);
        List<OpenQuestion> free =
                others.stream().map(id -> pack.question(id).orElseThrow()).toList();
        Set<Verdict> seen = new TreeSet<>();
        int combos = 1;
        for (OpenQuestion o : free) {
            combos *= o.readings().size();
        }
        for (int c = 0; c < combos; c++) {
            Map<String, Reading> readings = new HashMap<>();
            readings.put(q, reading);
            int rest = c;
            for (OpenQuestion o : free) {
                readings.put(o.id(), o.readings().get(rest % o.readings().size()));
                rest /= o.readings().size();
            }
            boolean exempts = false;
            boolean prohibits = false;
            for (Finding f : findings) {
                Effect e = f.effectUnder(readings);
                exempts |= e == Effect.EXEMPTS;
                prohibits |= e == Effect.PROHIBITS;
            }
            seen.add(exempts ? Verdict.NOT_COVERED : prohibits ? Verdict.COVERED : Verdict.NOT_COVERED);
        }
        return seen.size() == 1 ? seen.iterator().next() : Verdict.UNDETERMINED;
    }
}
