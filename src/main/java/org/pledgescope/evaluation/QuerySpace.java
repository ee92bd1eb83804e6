package org.pledgescope.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.pledgescope.pack.Clause;
import org.pledgescope.pack.Pack;
import org.pledgescope.pack.Statement;
import org.pledgescope.vocabulary.Fact;
import org.pledgescope.vocabulary.Vocabulary;

/**
 * A pack's whole query space as finitely many classes. Rules compare facts only with vocabulary values and with
 * the pack's own dates, so every value of a fact falls in one class that the rules cannot tell apart from the
 * others in it: each value of an enumeration or a boolean, each country the rules name and "any other", and for a
 * date its place among the pack's dates. The two query dates are axes too: {@code asKnownOn} by the statements'
 * publication dates (which statements are known), {@code useDate} by the terms' edges and the statements' dates.
 */
public final class QuerySpace {
    /** The code the rules see for "a country no rule of the pack names". */
    public static final String OTHER_COUNTRY = FactWorlds.OTHER_COUNTRY;

    private final List<Axis> factAxes;
    private final Axis asKnownOn;
    private final Axis useDate;

    /** How an axis splits its values. */
    public enum Kind {
        /** Each value its own class (enumerations, booleans). */
        VALUES,
        /** Each country the rules name, and one class for every other. */
        COUNTRY,
        /** Dates, by their place among the boundaries: before the first, between two, on or after the last. */
        DATE
    }

    /** A day where a date class begins, and why ("amazon-2020-06-10", "end of the term set by …"). */
    public record Boundary(LocalDate day, String why) {}

    /** One class of an axis: its key, how a reader sees it, and a value a query can carry to land in it. */
    public record Cls(String key, String label, Object value) {}

    /**
     * One dimension of the space: a fact (by its path), or a query date ({@code asKnownOn}, {@code useDate}).
     * {@code values} are the values (VALUES) or the named countries (COUNTRY); {@code boundaries} the dates where
     * the classes begin (DATE), sorted.
     */
    public record Axis(String field, Kind kind, List<String> values, List<Boundary> boundaries, List<Cls> classes) {
        Axis(String field, Kind kind, List<String> values, List<Boundary> boundaries) {
            this(field, kind, List.copyOf(values), List.copyOf(boundaries), classes(field, kind, values, boundaries));
        }

        public int size() {
            return classes.size();
        }

        /** The index of the class {@code value} (as the rules see it) falls in; -1 when it is none of this axis. */
        public int classOf(Object value) {
            switch (kind) {
                case VALUES -> {
                    return values.indexOf(String.valueOf(value));
                }
                case COUNTRY -> {
                    int i = values.indexOf(String.valueOf(value));
                    return i >= 0 ? i : values.size();
                }
                default -> {
                    LocalDate d = (LocalDate) value;
                    int i = 0;
                    while (i < boundaries.size()
                            && !d.isBefore(boundaries.get(i).day())) {
                        i++;
                    }
                    return i;
                }
            }
        }

        /**
         * How the classes {@code from..to} (consecutive, of a DATE axis) read together: "used 2020-06-10
         * (amazon-2020-06-10) to 2021-06-09".
         */
        public String rangeLabel(int from, int to) {
            if (from == to || kind != Kind.DATE || classes.size() != boundaries.size() + 1) {
                return classes.get(from).label();
            }
            String verb = verb(field);
            String start = from == 0
                    ? "before"
                    : boundaries.get(from - 1).day() + " ("
                            + boundaries.get(from - 1).why() + ")";
            if (to == boundaries.size()) {
                return from == 0 ? verb + " any day" : verb + " on or after " + start;
            }
            Boundary end = boundaries.get(to);
            return from == 0
                    ? verb + " before " + end.day() + " (" + end.why() + ")"
                    : verb + " " + start + " to " + end.day().minusDays(1);
        }

        /** This axis narrowed to one day (a query date given exactly): one class, carrying that very day. */
        public Axis at(LocalDate day) {
            Cls in = classes.get(classOf(day));
            return new Axis(
                    field, kind, values, boundaries, List.of(new Cls(in.key(), day + " (" + in.label() + ")", day)));
        }

        /** The same field split by the classes of both axes (for comparing two rule sets over one space). */
        Axis join(Axis other) {
            if (kind != other.kind) {
                throw new IllegalArgumentException(
                        field + " is a " + kind + " axis in one rule set and a " + other.kind + " axis in the other");
            }
            Set<String> vals = new LinkedHashSet<>(values);
            vals.addAll(other.values);
            List<String> joined = new ArrayList<>(vals);
            if (kind == Kind.COUNTRY) {
                joined = new ArrayList<>(new TreeSet<>(vals));
            }
            return new Axis(field, kind, joined, joinBoundaries(boundaries, other.boundaries));
        }

        private static List<Cls> classes(String field, Kind kind, List<String> values, List<Boundary> boundaries) {
            List<Cls> out = new ArrayList<>();
            switch (kind) {
                case VALUES ->
                    values.forEach(v -> out.add(
                            new Cls(v, v, v.equals("true") || v.equals("false") ? (Object) Boolean.valueOf(v) : v)));
                case COUNTRY -> {
                    values.forEach(v -> out.add(new Cls(v, v, v)));
                    out.add(new Cls(
                            "other",
                            values.isEmpty() ? "any country" : "other than " + String.join(", ", values),
                            OTHER_COUNTRY));
                }
                case DATE -> {
                    String verb = verb(field);
                    if (boundaries.isEmpty()) {
                        out.add(new Cls("any", verb + " any day", LocalDate.of(2000, 1, 1)));
                        break;
                    }
                    Boundary first = boundaries.get(0);
                    out.add(new Cls(
                            "<" + first.day(),
                            verb + " before " + first.day() + " (" + first.why() + ")",
                            first.day().minusDays(1)));
                    for (int i = 0; i < boundaries.size(); i++) {
                        Boundary b = boundaries.get(i);
                        if (i + 1 < boundaries.size()) {
                            LocalDate last = boundaries.get(i + 1).day().minusDays(1);
                            out.add(new Cls(
                                    b.day() + ".." + last,
                                    b.day().equals(last)
                                            ? verb + " on " + b.day() + " (" + b.why() + ")"
                                            : verb + " " + b.day() + " (" + b.why() + ") to " + last,
                                    b.day()));
                        } else {
                            out.add(new Cls(
                                    ">=" + b.day(), verb + " on or after " + b.day() + " (" + b.why() + ")", b.day()));
                        }
                    }
                }
            }
            return List.copyOf(out);
        }
    }

    /** How a date class reads: "known", "used", "signed" (contract.signedOn). */
    static String verb(String field) {
        if (field.equals(Vocabulary.AS_KNOWN_ON)) {
            return "known";
        }
        if (field.equals(Vocabulary.USE_DATE)) {
            return "used";
        }
        String last = field.substring(field.lastIndexOf('.') + 1);
        return last.replaceAll("(On|Date|At)$", "");
    }

    QuerySpace(List<Axis> factAxes, Axis asKnownOn, Axis useDate) {
        this.factAxes = List.copyOf(factAxes);
        this.asKnownOn = asKnownOn;
        this.useDate = useDate;
    }

    /** The space of one pack of a rule set. */
    public static QuerySpace of(RuleSet rules, String packId) {
        PackEngine engine = rules.engine(packId);
        if (engine == null) {
            throw new IllegalArgumentException("no pack '" + packId + "'; loaded: " + rules.packIds());
        }
        return engine.space();
    }

    /**
     * The space of {@code pack}: each fact the pack reads with the values the rules name ({@code named}) and, for a
     * date fact, the days the rules split it at ({@code cuts}); {@code useDateCuts}, the days where the rules split
     * the use date themselves (empty unless a rule reads it).
     */
    static QuerySpace of(
            Pack pack,
            Vocabulary vocabulary,
            FactWorlds.NamedValues named,
            FactWorlds.DateCuts cuts,
            List<LocalDate> useDateCuts) {
        List<Axis> axes = new ArrayList<>();
        for (Fact f : vocabulary.factsOf(pack.id())) {
            if (!f.quantified()) {
                continue;
            }
            axes.add(
                    switch (f.kind()) {
                        case ENUMERATION -> new Axis(f.path(), Kind.VALUES, f.valueIds(), List.of());
                        case BOOLEAN -> new Axis(f.path(), Kind.VALUES, List.of("true", "false"), List.of());
                        case COUNTRY ->
                            new Axis(f.path(), Kind.COUNTRY, List.copyOf(new TreeSet<>(named.of(f.path()))), List.of());
                        case DATE -> new Axis(f.path(), Kind.DATE, List.of(), dayBoundaries(pack, cuts.of(f.path())));
                        default -> throw new IllegalStateException("not quantified: " + f.path());
                    });
        }
        Map<LocalDate, String> published = new TreeMap<>();
        Map<LocalDate, String> edges = new TreeMap<>();
        for (Statement s : pack.chronological()) {
            published.merge(s.published(), s.id(), (a, b) -> a + ", " + b);
        }
        for (Statement s : pack.chronological()) {
            if (s.term() != null) {
                if (!published.containsKey(s.term().from())) {
                    edges.merge(s.term().from(), "term of " + s.id() + " begins", (a, b) -> a + "; " + b);
                }
                if (s.term().until() != null) {
                    edges.merge(s.term().until().plusDays(1), "term of " + s.id() + " over", (a, b) -> a + "; " + b);
                }
            }
        }
        for (Statement s : pack.chronological()) {
            // Semantics 6: an amendment, or one of its clauses, applies to uses from its own date.
            if (s.appliesFrom() != null && !s.appliesFrom().equals(s.published())) {
                edges.merge(s.appliesFrom(), s.id() + " applies", (a, b) -> a + "; " + b);
            }
            for (Clause c : s.clauses()) {
                if (c.appliesFrom() != null) {
                    edges.merge(c.appliesFrom(), c.id() + " applies", (a, b) -> a + "; " + b);
                }
            }
        }
        published.forEach((day, ids) -> edges.merge(day, ids, (a, b) -> b + "; " + a));
        for (Boundary b : dayBoundaries(pack, useDateCuts)) {
            edges.merge(b.day(), b.why(), (a, c) -> a.contains(c) ? a : a + "; " + c);
        }
        Axis known = new Axis(Vocabulary.AS_KNOWN_ON, Kind.DATE, List.of(), boundaries(published));
        Axis use = new Axis(Vocabulary.USE_DATE, Kind.DATE, List.of(), boundaries(edges));
        return new QuerySpace(axes, known, use);
    }

    /** The boundaries of a date the rules compare with the pack's first day: that day, and perhaps the day after. */
    private static List<Boundary> dayBoundaries(Pack pack, List<LocalDate> cuts) {
        String first = pack.chronological().get(0).id();
        List<Boundary> out = new ArrayList<>();
        for (LocalDate cut : cuts) {
            out.add(new Boundary(cut, cut.equals(pack.firstPublished()) ? first : "the day after " + first));
        }
        return out;
    }

    private static List<Boundary> boundaries(Map<LocalDate, String> days) {
        List<Boundary> out = new ArrayList<>();
        days.forEach((d, why) -> out.add(new Boundary(d, why)));
        return out;
    }

    private static List<Boundary> joinBoundaries(List<Boundary> a, List<Boundary> b) {
        Map<LocalDate, String> days = new TreeMap<>();
        for (Boundary x : a) {
            days.merge(x.day(), x.why(), (p, q) -> p.equals(q) ? p : p + "; " + q);
        }
        for (Boundary x : b) {
            days.merge(x.day(), x.why(), (p, q) -> p.equals(q) || p.contains(q) ? p : p + "; " + q);
        }
        return boundaries(days);
    }

    /** One space split by the classes of both (the space two rule sets are compared over). */
    public QuerySpace join(QuerySpace other) {
        Map<String, Axis> joined = new LinkedHashMap<>();
        factAxes.forEach(a -> joined.put(a.field(), a));
        other.factAxes.forEach(a -> joined.merge(a.field(), a, Axis::join));
        return new QuerySpace(
                new ArrayList<>(joined.values()), asKnownOn.join(other.asKnownOn), useDate.join(other.useDate));
    }

    /** The axes of the facts the pack reads, in vocabulary order. */
    public List<Axis> factAxes() {
        return factAxes;
    }

    public Axis asKnownOn() {
        return asKnownOn;
    }

    public Axis useDate() {
        return useDate;
    }

    /** Every axis: asKnownOn, useDate, then the facts. */
    public List<Axis> axes() {
        List<Axis> out = new ArrayList<>();
        out.add(asKnownOn);
        out.add(useDate);
        out.addAll(factAxes);
        return out;
    }

    /** The number of fully known worlds of facts (without the two query dates). */
    public long factWorlds() {
        long n = 1;
        for (Axis a : factAxes) {
            n *= a.size();
        }
        return n;
    }
}
