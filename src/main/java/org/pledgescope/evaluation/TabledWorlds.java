package org.pledgescope.evaluation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.pledgescope.engine.WorldFindings;
import org.pledgescope.pack.Pack;
import org.pledgescope.query.OneOf;
import org.pledgescope.query.Query;
import org.pledgescope.table.FactClasses;
import org.pledgescope.table.PackTable;
import org.pledgescope.verdict.FactAnswer;
import org.pledgescope.verdict.MissingFact;
import org.pledgescope.verdict.Resolution;
import org.pledgescope.verdict.Verdict;
import org.pledgescope.verdict.VerdictResolver;
import org.pledgescope.verdict.WorldOutcome;
import org.pledgescope.vocabulary.Vocabulary;

/**
 * The worlds of one query over a pack's decision table, one per class rather than one per value: a known fact is
 * its class; a fact left unknown, or known only as a value set, takes each class its values fall in. What a missing
 * fact's answers say is then told value by value again (each value gets its class's verdict), so the answer reads
 * as if every value had been tried — which is what {@code FastPathDifferentialTest} checks against firing the rules.
 */
final class TabledWorlds {
    private final PackTable table;
    private final int base;
    private final int[] unknownAxes;
    private final int[][] classes;
    private final List<List<FactWorlds.Candidate>> candidates;
    private final int[][] candidateClass;
    private final int size;
    private final int valueWorlds;
    private final Object key;

    private TabledWorlds(
            PackTable table,
            int base,
            int[] unknownAxes,
            int[][] classes,
            List<List<FactWorlds.Candidate>> candidates,
            int[][] candidateClass,
            int valueWorlds,
            Object key) {
        this.table = table;
        this.base = base;
        this.unknownAxes = unknownAxes;
        this.classes = classes;
        this.candidates = candidates;
        this.candidateClass = candidateClass;
        int n = 1;
        for (int[] c : classes) {
            n *= c.length;
        }
        this.size = n;
        this.valueWorlds = valueWorlds;
        this.key = key;
    }

    /** The key of an unknown axis in a {@link #key()} (a known axis is its class number). */
    private static final String UNKNOWN = "?";

    /** The query's worlds over {@code table}, or null when one of its values is in no class (then the rules fire). */
    static TabledWorlds of(PackEngine engine, PackTable table, Query q) {
        List<FactClasses> axes = table.axes();
        int base = 0;
        boolean partial = false;
        for (int a = 0; a < axes.size(); a++) {
            FactClasses axis = axes.get(a);
            Object v = axis.path().equals(Vocabulary.USE_DATE) ? q.useDate() : q.fact(axis.path());
            if (v == null || v instanceof OneOf) {
                partial = true;
                continue;
            }
            int c = axis.classOf(v);
            if (c < 0) {
                return null;
            }
            base += c * table.stride(a);
        }
        if (!partial) {
            return new TabledWorlds(table, base, new int[0], new int[0][], List.of(), new int[0][], 1, base);
        }
        Pack pack = engine.pack();
        Map<String, FactWorlds.Dimension> dims = new HashMap<>();
        for (FactWorlds.Dimension d : FactWorlds.dimensions(
                q, engine.vocabulary().factsOf(pack.id()), engine::valuesNamed, engine::cuts, pack.firstPublished())) {
            dims.put(d.field(), d);
        }
        List<Integer> unknown = new ArrayList<>();
        List<int[]> classes = new ArrayList<>();
        List<List<FactWorlds.Candidate>> candidates = new ArrayList<>();
        List<int[]> candidateClass = new ArrayList<>();
        List<Object> key = new ArrayList<>();
        long valueWorlds = 1;
        for (FactWorlds.Dimension d : dims.values()) {
            valueWorlds *= d.candidates().size();
        }
        for (int a = 0; a < axes.size(); a++) {
            FactClasses axis = axes.get(a);
            FactWorlds.Dimension d = dims.get(axis.path());
            if (d == null || !d.unknown()) {
                key.add(
                        axis.path().equals(Vocabulary.USE_DATE)
                                ? axis.classOf(q.useDate())
                                : axis.classOf(q.fact(axis.path())));
                continue;
            }
            int[] of = new int[d.candidates().size()];
            LinkedHashSet<Integer> distinct = new LinkedHashSet<>();
            for (int i = 0; i < of.length; i++) {
                of[i] = axis.classOf(d.candidates().get(i).value());
                if (of[i] < 0) {
                    return null;
                }
                distinct.add(of[i]);
            }
            unknown.add(a);
            classes.add(distinct.stream().mapToInt(Integer::intValue).toArray());
            candidates.add(d.candidates());
            candidateClass.add(of);
            Object given = q.fact(axis.path());
            key.add(given instanceof OneOf set ? set : UNKNOWN);
        }
        return new TabledWorlds(
                table,
                base,
                unknown.stream().mapToInt(Integer::intValue).toArray(),
                classes.toArray(new int[0][]),
                candidates,
                candidateClass.toArray(new int[0][]),
                (int) Math.min(Integer.MAX_VALUE, valueWorlds),
                List.copyOf(key));
    }

    /** What identifies the query's worlds: its known classes, and each unknown axis as unknown or its value set. */
    Object key() {
        return key;
    }

    /**
     * What decides the result of these worlds with the statements {@code known} applying: for one fully known world,
     * its findings (many worlds of classes share them, and a result is made of the findings alone); else {@link #key()}.
     * Fills the world's cell if it is empty, as {@link #findings} does.
     */
    Object answerKey(PackEngine engine, List<String> known, Duration limit) {
        if (classes.length > 0) {
            return key;
        }
        return findingsKey(engine, table, known, base, limit);
    }

    /** The key of the findings of world {@code w} of {@code table} (filled if empty), with {@code known} applying. */
    static Object findingsKey(PackEngine engine, PackTable table, List<String> known, int w, Duration limit) {
        return new FindingsKey(outcome(engine, table, known, w, limit));
    }

    /** The findings (an outcome number of the table) of a fully known world. */
    private record FindingsKey(int outcome) {}

    /** The number of worlds of classes. */
    int size() {
        return size;
    }

    /** The number of worlds of values the query spans (what it would take to try every value). */
    int valueWorlds() {
        return valueWorlds;
    }

    private int world(int i) {
        int w = base;
        for (int k = classes.length - 1; k >= 0; k--) {
            int n = classes[k].length;
            w += classes[k][i % n] * table.stride(unknownAxes[k]);
            i /= n;
        }
        return w;
    }

    private int classIndex(int i, int k) {
        for (int j = classes.length - 1; j > k; j--) {
            i /= classes[j].length;
        }
        return classes[k][i % classes[k].length];
    }

    /** For world {@code i}, the class each unknown fact takes, by field ("c" and the class number). */
    Map<String, String> unknowns(int i) {
        if (classes.length == 0) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (int k = 0; k < classes.length; k++) {
            out.put(table.axes().get(unknownAxes[k]).path(), "c" + classIndex(i, k));
        }
        return out;
    }

    /** The findings of world {@code i}; a cell not yet filled is filled by firing the rules (compiled if need be). */
    WorldFindings findings(PackEngine engine, List<String> known, int i, Duration limit) {
        return table.findings(outcome(engine, table, known, world(i), limit));
    }

    private static int outcome(PackEngine engine, PackTable table, List<String> known, int w, Duration limit) {
        try {
            return table.outcome(known, w, limit);
        } catch (PackTable.MissingCell e) {
            if (engine.compiledRules() == null) {
                throw e;
            }
            return table.outcome(known, w, limit);
        }
    }

    /**
     * Each missing fact of {@code r} (resolved over classes) told value by value: each value gets its class's verdict;
     * where every value leaves the verdict UNDETERMINED, the open questions that still decide it once the fact is given.
     */
    List<MissingFact> answers(
            Pack pack,
            Resolution r,
            List<WorldOutcome> outcomes,
            Map<String, String> assumed,
            VerdictResolver resolver) {
        List<MissingFact> out = new ArrayList<>();
        for (MissingFact m : r.missingFacts()) {
            int k = 0;
            while (!table.axes().get(unknownAxes[k]).path().equals(m.field())) {
                k++;
            }
            Map<String, Verdict> verdicts = new LinkedHashMap<>();
            List<FactAnswer> answers = new ArrayList<>();
            TreeSet<String> stillOpen = new TreeSet<>();
            Map<String, List<String>> openByClass = new HashMap<>();
            List<FactWorlds.Candidate> cands = candidates.get(k);
            for (int c = 0; c < cands.size(); c++) {
                String cls = "c" + candidateClass[k][c];
                Verdict v = m.verdicts().get(cls);
                if (v == null) {
                    continue;
                }
                verdicts.put(cands.get(c).key(), v);
                answers.add(cands.get(c).answer().withVerdict(v));
                if (v == Verdict.UNDETERMINED) {
                    stillOpen.addAll(openByClass.computeIfAbsent(cls, x -> {
                        List<WorldOutcome> given = outcomes.stream()
                                .filter(o -> x.equals(o.unknowns().get(m.field())))
                                .toList();
                        return resolver.resolve(pack, given, assumed).openQuestions().stream()
                                .map(q -> q.id())
                                .toList();
                    }));
                }
            }
            boolean allOpen = answers.stream().allMatch(a -> a.verdict() == Verdict.UNDETERMINED);
            out.add(new MissingFact(m.field(), verdicts, answers, allOpen ? List.copyOf(stillOpen) : List.of()));
        }
        return out;
    }
}
