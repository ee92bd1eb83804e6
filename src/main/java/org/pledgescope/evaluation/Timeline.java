package org.pledgescope.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.pledgescope.pack.Pack;
import org.pledgescope.pack.Statement;
import org.pledgescope.verdict.TermReport;

/**
 * What a pack's statements say about a use, by the classes of its two dates (semantics 4 and 6): which statements
 * are known, which apply, which known amendments apply only later, which statement sets the term in force and
 * whether the use date is inside it. Each is the same for every day of a class of asKnownOn and of useDate
 * ({@link QuerySpace}), so it is worked out once per pair of classes, not once per query.
 */
final class Timeline {
    /**
     * The statements at one pair of date classes. {@code pending} is null when every known statement applies. {@code id}
     * numbers the moment within its timeline; {@code applyingId} numbers its set of statements applying (two moments with
     * the same statements applying have the same). Compared by these numbers, so a moment is a cheap key.
     */
    record Moment(
            int id,
            int applyingId,
            List<String> known,
            List<String> applying,
            List<String> pending,
            Statement setter,
            TermReport term,
            boolean inTerm) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Moment m && m.id == id;
        }

        @Override
        public int hashCode() {
            return id;
        }
    }

    private final QuerySpace.Axis knownAxis;
    private final QuerySpace.Axis useAxis;
    private final Moment[][] moments;

    Timeline(Pack pack, QuerySpace space) {
        this.knownAxis = space.asKnownOn();
        this.useAxis = space.useDate();
        this.moments = new Moment[knownAxis.size()][useAxis.size()];
        java.util.Map<List<String>, Integer> applyingIds = new java.util.HashMap<>();
        for (int k = 0; k < knownAxis.size(); k++) {
            LocalDate asKnownOn = (LocalDate) knownAxis.classes().get(k).value();
            for (int u = 0; u < useAxis.size(); u++) {
                LocalDate useDate = (LocalDate) useAxis.classes().get(u).value();
                moments[k][u] = moment(k * useAxis.size() + u, applyingIds, pack, asKnownOn, useDate);
            }
        }
    }

    private static Moment moment(
            int id,
            java.util.Map<List<String>, Integer> applyingIds,
            Pack pack,
            LocalDate asKnownOn,
            LocalDate useDate) {
        List<String> known = pack.knownOn(asKnownOn).stream().map(Statement::id).toList();
        if (known.isEmpty()) {
            return new Moment(id, -1, known, known, null, null, null, false);
        }
        List<String> applying =
                pack.applyingTo(useDate, asKnownOn).stream().map(Statement::id).toList();
        List<String> pending = applying.size() == known.size()
                ? null
                : known.stream().filter(s -> !applying.contains(s)).toList();
        Statement setter = pack.termSetter(useDate, asKnownOn).orElseThrow();
        TermReport term = new TermReport(
                setter.term().from(),
                setter.term().until(),
                setter.term().untilFurtherNotice(),
                setter.id(),
                setter.term().clause());
        int applyingId = applyingIds.computeIfAbsent(applying, a -> applyingIds.size());
        return new Moment(
                id,
                applyingId,
                known,
                applying,
                pending,
                setter,
                term,
                setter.term().contains(useDate));
    }

    /** The statements for a use on {@code useDate} as known on {@code asKnownOn}. */
    Moment at(LocalDate asKnownOn, LocalDate useDate) {
        return moments[knownAxis.classOf(asKnownOn)][useAxis.classOf(useDate)];
    }

    /** Every set of statements that applies to some use inside the term: the rows of the pack's decision table. */
    List<List<String>> statementSets() {
        Set<List<String>> out = new LinkedHashSet<>();
        for (Moment[] row : moments) {
            for (Moment m : row) {
                if (!m.known().isEmpty() && m.inTerm()) {
                    out.add(m.applying());
                }
            }
        }
        return new ArrayList<>(out);
    }
}
