package org.pledgescope.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.pledgescope.query.OneOf;
import org.pledgescope.query.Query;
import org.pledgescope.verdict.FactAnswer;
import org.pledgescope.vocabulary.Fact;

/**
 * Every world of facts a query allows for one pack. A known fact has one value; a fact known to be one of a
 * value set takes each of its values; an omitted fact takes every value that can make a difference: each value
 * of an enumeration, true and false, each country the pack's rules name and one other, and for a date one day of
 * each range the pack's rules tell apart (they compare dates only with the pack's first day).
 */
final class FactWorlds {
    /** The country code rules see for "a country no rule of the pack names". */
    static final String OTHER_COUNTRY = "ZZ";

    private static final List<String> EXAMPLE_COUNTRIES = List.of("GB", "CA", "DE", "FR", "JP", "BR", "IN");

    private FactWorlds() {}

    /** One world: the facts the rules see by path, and for each unknown fact the key of the value it tried. */
    record World(Map<String, Object> facts, Map<String, String> unknowns) {}

    /** One value an unknown fact is tried at: what the rules see, its key in verdicts, and its answer. */
    record Candidate(Object value, String key, FactAnswer answer) {}

    /** One fact's values in the worlds of a query. */
    record Dimension(String field, boolean unknown, List<Candidate> candidates) {}

    /** The values the rules of the pack compare each fact with, by path. */
    @FunctionalInterface
    interface NamedValues {
        Set<String> of(String path);
    }

    /** The days where the pack's rules split a date fact (sorted; empty when no rule reads it), by path. */
    @FunctionalInterface
    interface DateCuts {
        List<LocalDate> of(String path);
    }

    static List<Dimension> dimensions(
            Query q, List<Fact> facts, NamedValues named, DateCuts cuts, LocalDate announced) {
        List<Dimension> out = new ArrayList<>();
        for (Fact f : facts) {
            if (!f.quantified()) {
                continue;
            }
            Object given = q.fact(f.path());
            if (given != null && !(given instanceof OneOf)) {
                out.add(new Dimension(f.path(), false, List.of(new Candidate(given, String.valueOf(given), null))));
            } else {
                out.add(new Dimension(
                        f.path(),
                        true,
                        candidates(f, given instanceof OneOf o ? o : null, named, cuts.of(f.path()), announced)));
            }
        }
        return out;
    }

    private static List<Candidate> candidates(
            Fact f, OneOf oneOf, NamedValues named, List<LocalDate> cuts, LocalDate announced) {
        List<Candidate> out = new ArrayList<>();
        switch (f.kind()) {
            case ENUMERATION ->
                (oneOf != null ? oneOf.values() : f.valueIds())
                        .forEach(v -> out.add(new Candidate(v, v, FactAnswer.exactly(v))));
            case BOOLEAN ->
                List.of(true, false).forEach(v -> out.add(new Candidate(v, v.toString(), FactAnswer.exactly(v))));
            case COUNTRY -> {
                Set<String> countries = new TreeSet<>(named.of(f.path()));
                countries.forEach(c -> out.add(new Candidate(c, c, FactAnswer.exactly(c))));
                String example = EXAMPLE_COUNTRIES.stream()
                        .filter(c -> !countries.contains(c))
                        .findFirst()
                        .orElse("ZW");
                out.add(new Candidate(
                        OTHER_COUNTRY,
                        "other",
                        new FactAnswer(null, null, null, List.copyOf(countries), example, null)));
            }
            case DATE -> out.addAll(dateCandidates(cuts, announced));
            default ->
                throw new IllegalStateException(
                        "not quantified: " + f.kind().name().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /**
     * One candidate per range of days the rules tell apart: before the first cut, between two, on or after the last;
     * each tried at its first day (the first range at the day before the first cut). With no cut (no rule reads the
     * date), one candidate: the pack's first day, standing for every day.
     */
    static List<Candidate> dateCandidates(List<LocalDate> cuts, LocalDate announced) {
        List<Candidate> out = new ArrayList<>();
        if (cuts.isEmpty()) {
            out.add(new Candidate(announced, announced.toString(), FactAnswer.exactly(announced)));
            return out;
        }
        LocalDate before = cuts.get(0).minusDays(1);
        out.add(new Candidate(before, before.toString(), new FactAnswer(null, null, before, null, before, null)));
        for (int i = 0; i < cuts.size(); i++) {
            LocalDate from = cuts.get(i);
            LocalDate until = i + 1 < cuts.size() ? cuts.get(i + 1).minusDays(1) : null;
            out.add(new Candidate(from, from.toString(), new FactAnswer(null, from, until, null, from, null)));
        }
        return out;
    }

    /** The number of worlds the dimensions span, without building them. */
    static long count(List<Dimension> dims) {
        long n = 1;
        for (Dimension d : dims) {
            n *= d.candidates().size();
        }
        return n;
    }

    static List<World> enumerate(List<Dimension> dims) {
        List<World> out = new ArrayList<>();
        int[] idx = new int[dims.size()];
        while (true) {
            Map<String, String> unknowns = new LinkedHashMap<>();
            Map<String, Object> facts = new LinkedHashMap<>();
            for (int d = 0; d < dims.size(); d++) {
                Dimension dim = dims.get(d);
                Candidate c = dim.candidates().get(idx[d]);
                facts.put(dim.field(), c.value());
                if (dim.unknown()) {
                    unknowns.put(dim.field(), c.key());
                }
            }
            out.add(new World(facts, unknowns));
            int d = dims.size() - 1;
            while (d >= 0 && ++idx[d] == dims.get(d).candidates().size()) {
                idx[d] = 0;
                d--;
            }
            if (d < 0) {
                return out;
            }
        }
    }
}
