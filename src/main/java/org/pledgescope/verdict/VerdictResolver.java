package org.pledgescope.verdict;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.pledgescope.pack.Effect;
import org.pledgescope.pack.OpenQuestion;
import org.pledgescope.pack.Pack;
import org.pledgescope.pack.Reading;

/**
 * Three-valued verdicts over worlds. A world is one value for each omitted fact and one reading for each
 * open question raised (assumed questions keep their assumed reading). All worlds agree: that verdict.
 * Otherwise UNDETERMINED, naming exactly the questions and facts whose change alone changes the verdict,
 * with the verdict under each of their readings or values. Worlds with the same findings are weighed once: the bound
 * on the work ({@code cellLimit}) counts distinct lists of findings × combinations of readings.
 */
public final class VerdictResolver {
    /** The default bound on worlds × combinations of readings weighed for one pledge. */
    public static final long DEFAULT_CELL_LIMIT = 1_000_000;

    private final long cellLimit;

    public VerdictResolver(long cellLimit) {
        this.cellLimit = cellLimit;
    }

    /**
     * The verdict over {@code worlds}; throws {@link TooManyReadingsException} when the free open questions'
     * combinations of readings times the worlds exceed the limit. A question raised, not assumed and with a presumed
     * reading is read as presumed (semantics 8): the verdict is the presumption's, and each presumed question whose
     * reading decides some world is reported with the verdict under each of its readings.
     */
    public Resolution resolve(Pack pack, List<WorldOutcome> worlds, Map<String, String> assumed) {
        Set<Finding> all = new TreeSet<>();
        Set<String> raised = new TreeSet<>();
        for (WorldOutcome w : worlds) {
            all.addAll(w.findings());
            w.findings().forEach(f -> raised.addAll(f.questions()));
        }
        Map<String, Reading> fixed = new HashMap<>();
        List<OpenQuestion> free = new ArrayList<>();
        List<OpenQuestion> presumed = new ArrayList<>();
        for (String q : raised) {
            OpenQuestion question = pack.question(q)
                    .orElseThrow(() -> new IllegalStateException("finding cites undeclared question " + q));
            if (assumed.containsKey(q)) {
                fixed.put(q, question.reading(assumed.get(q)).orElseThrow());
            } else if (question.presumedReading().isPresent()) {
                fixed.put(q, question.presumedReading().get());
                presumed.add(question);
            } else {
                free.add(question);
            }
        }
        // Worlds with the same findings have the same verdicts under every combination: weigh each distinct list once.
        Map<List<Finding>, Integer> distinct = new HashMap<>();
        List<List<Finding>> lists = new ArrayList<>();
        int[] listOf = new int[worlds.size()];
        for (int i = 0; i < worlds.size(); i++) {
            List<Finding> f = worlds.get(i).findings();
            Integer id = distinct.get(f);
            if (id == null) {
                id = lists.size();
                lists.add(f);
                distinct.put(f, id);
            }
            listOf[i] = id;
        }
        // The presumption's combinations, then each other reading of each presumed question with the rest as presumed.
        long alternatives = 1;
        for (OpenQuestion p : presumed) {
            alternatives += p.readings().size() - 1;
        }
        long cells = Math.max(1, lists.size()) * alternatives;
        for (OpenQuestion q : free) {
            cells = cells > cellLimit ? cells : cells * q.readings().size();
        }
        if (cells > cellLimit) {
            List<String> named = new ArrayList<>();
            free.forEach(q -> named.add(q.id()));
            presumed.forEach(q -> named.add(q.id()));
            throw new TooManyReadingsException(named.stream().sorted().toList(), cells, cellLimit);
        }
        Combinations combos = new Combinations(free);
        Verdict[][] rows = verdicts(lists, combos, fixed);
        EnumSet<Verdict> seen = EnumSet.noneOf(Verdict.class);
        for (Verdict[] row : rows) {
            seen.addAll(Arrays.asList(row));
        }
        Verdict[][] v = new Verdict[worlds.size()][];
        for (int i = 0; i < worlds.size(); i++) {
            v[i] = rows[listOf[i]];
        }
        Verdict verdict = Verdict.agreeing(seen);
        List<QuestionReport> questions = new ArrayList<>();
        List<MissingFact> facts = new ArrayList<>();
        if (verdict == Verdict.UNDETERMINED) {
            for (int k = 0; k < free.size(); k++) {
                if (questionDecides(rows, combos, k)) {
                    questions.add(report(free.get(k), rows, combos, k));
                }
            }
            for (String field : worlds.isEmpty()
                    ? List.<String>of()
                    : worlds.get(0).unknowns().keySet()) {
                if (factDecides(worlds, listOf, rows, field)) {
                    facts.add(new MissingFact(field, verdictsByValue(worlds, v, field)));
                }
            }
        }
        Map<String, String> presumedReadings = new TreeMap<>();
        List<QuestionReport> presumptions = new ArrayList<>();
        for (OpenQuestion p : presumed) {
            presumedReadings.put(p.id(), p.presumed());
            presumption(p, lists, combos, fixed, rows).ifPresent(presumptions::add);
        }
        return new Resolution(
                verdict,
                questions,
                facts,
                List.copyOf(all),
                Collections.unmodifiableMap(presumedReadings),
                List.copyOf(presumptions));
    }

    /** The verdict of each distinct list of findings under each combination of the free questions, {@code fixed} set. */
    private static Verdict[][] verdicts(List<List<Finding>> lists, Combinations combos, Map<String, Reading> fixed) {
        List<Map<String, Reading>> readingsOf = new ArrayList<>(combos.size());
        for (int c = 0; c < combos.size(); c++) {
            Map<String, Reading> readings = new HashMap<>(fixed);
            readings.putAll(combos.readings(c));
            readingsOf.add(readings);
        }
        Verdict[][] rows = new Verdict[lists.size()][combos.size()];
        for (int d = 0; d < lists.size(); d++) {
            for (int c = 0; c < combos.size(); c++) {
                rows[d][c] = verdictOf(lists.get(d), readingsOf.get(c));
            }
        }
        return rows;
    }

    /**
     * A presumed question with the verdict under each of its readings (the other presumptions kept), when reading it
     * otherwise changes the verdict of some world under some combination of the free questions; else empty.
     */
    private static Optional<QuestionReport> presumption(
            OpenQuestion p,
            List<List<Finding>> lists,
            Combinations combos,
            Map<String, Reading> fixed,
            Verdict[][] presumedRows) {
        List<ReadingVerdict> readings = new ArrayList<>();
        boolean decides = false;
        for (Reading reading : p.readings()) {
            Verdict[][] rows;
            if (reading.id().equals(p.presumed())) {
                rows = presumedRows;
            } else {
                Map<String, Reading> other = new HashMap<>(fixed);
                other.put(p.id(), reading);
                rows = verdicts(lists, combos, other);
                decides |= !Arrays.deepEquals(rows, presumedRows);
            }
            EnumSet<Verdict> under = EnumSet.noneOf(Verdict.class);
            for (Verdict[] row : rows) {
                under.addAll(Arrays.asList(row));
            }
            readings.add(new ReadingVerdict(reading.id(), reading.says(), reading.effect(), Verdict.agreeing(under)));
        }
        return decides
                ? Optional.of(new QuestionReport(p.id(), p.question(), p.raisedBy(), readings))
                : Optional.empty();
    }

    private static Verdict verdictOf(List<Finding> findings, Map<String, Reading> readings) {
        boolean exempts = false;
        boolean prohibits = false;
        for (Finding f : findings) {
            Effect e = f.effectUnder(readings);
            exempts |= e == Effect.EXEMPTS;
            prohibits |= e == Effect.PROHIBITS;
        }
        return Verdict.ofWorld(exempts, prohibits);
    }

    private static boolean questionDecides(Verdict[][] v, Combinations combos, int k) {
        for (Verdict[] row : v) {
            for (int c = 0; c < combos.size(); c++) {
                if (combos.index(c, k) != 0) {
                    continue;
                }
                for (int r = 1; r < combos.readingCount(k); r++) {
                    if (row[combos.with(c, k, r)] != row[c]) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static QuestionReport report(OpenQuestion q, Verdict[][] v, Combinations combos, int k) {
        List<ReadingVerdict> readings = new ArrayList<>();
        for (int r = 0; r < q.readings().size(); r++) {
            EnumSet<Verdict> under = EnumSet.noneOf(Verdict.class);
            for (Verdict[] row : v) {
                for (int c = 0; c < combos.size(); c++) {
                    if (combos.index(c, k) == r) {
                        under.add(row[c]);
                    }
                }
            }
            Reading reading = q.readings().get(r);
            readings.add(new ReadingVerdict(reading.id(), reading.says(), reading.effect(), Verdict.agreeing(under)));
        }
        return new QuestionReport(q.id(), q.question(), q.raisedBy(), readings);
    }

    private static boolean factDecides(List<WorldOutcome> worlds, int[] listOf, Verdict[][] rows, String field) {
        Map<Map<String, String>, Integer> firstOfGroup = new HashMap<>();
        for (int i = 0; i < worlds.size(); i++) {
            Map<String, String> key = new HashMap<>(worlds.get(i).unknowns());
            key.remove(field);
            Integer j = firstOfGroup.putIfAbsent(key, i);
            if (j != null && listOf[i] != listOf[j] && !Arrays.equals(rows[listOf[i]], rows[listOf[j]])) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Verdict> verdictsByValue(List<WorldOutcome> worlds, Verdict[][] v, String field) {
        Map<String, EnumSet<Verdict>> by = new LinkedHashMap<>();
        for (int i = 0; i < worlds.size(); i++) {
            EnumSet<Verdict> set =
                    by.computeIfAbsent(worlds.get(i).unknowns().get(field), x -> EnumSet.noneOf(Verdict.class));
            for (Verdict x : v[i]) {
                set.add(x);
            }
        }
        Map<String, Verdict> out = new LinkedHashMap<>();
        by.forEach((value, set) -> out.put(value, Verdict.agreeing(set)));
        return out;
    }

    /** Every combination of readings of the free questions, indexed 0..size-1 (mixed radix). */
    private static final class Combinations {
        private final List<OpenQuestion> questions;
        private final int[] radix;
        private final int[] stride;
        private final int size;

        Combinations(List<OpenQuestion> questions) {
            this.questions = questions;
            this.radix = new int[questions.size()];
            this.stride = new int[questions.size()];
            int s = 1;
            for (int k = 0; k < questions.size(); k++) {
                radix[k] = questions.get(k).readings().size();
                stride[k] = s;
                s *= radix[k]; // bounded by the cell limit, checked before
            }
            this.size = s;
        }

        int size() {
            return size;
        }

        int readingCount(int k) {
            return radix[k];
        }

        int index(int combo, int k) {
            return (combo / stride[k]) % radix[k];
        }

        int with(int combo, int k, int reading) {
            return combo + (reading - index(combo, k)) * stride[k];
        }

        Map<String, Reading> readings(int combo) {
            Map<String, Reading> out = new HashMap<>();
            for (int k = 0; k < questions.size(); k++) {
                out.put(questions.get(k).id(), questions.get(k).readings().get(index(combo, k)));
            }
            return out;
        }
    }
}
