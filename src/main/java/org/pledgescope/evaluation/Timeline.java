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
    /** The statements at one pair of date classes. {@code pending} is null when every known statement applies. */
    record Moment(
            List<String> known,
            List<String> applying,
            List<String> pending,
            Statement setter,
            TermReport term,
            boolean inTerm) {}

    private final QuerySpace.Axis knownAxis;
    private final QuerySpace.Axis useAxis;
    private final Moment[][] moments;

    Timeline(Pack pack, QuerySpace space) {
        this.knownAxis = space.asKnownOn();
        this.useAxis = space.useDate();
        this.moments = new Moment[knownAxis.size()][useAxis.size()];
        for (int k = 0; k < knownAxis.size(); k++) {
            LocalDate asKnownOn = (LocalDate) knownAxis.classes().get(k).value();
            for (int u = 0; u < useAxis.size(); u++) {
                moments[k][u] = moment(
                        pack, asKnownOn, (LocalDate) useAxis.classes().get(u).value());
            }
        }
    }

    private static Moment moment(Pack pack, LocalDate asKnownOn, LocalDate useDate) {
        List<String> known = pack.knownOn(asKnownOn).stream().map(Statement::id).toList();
        if (known.isEmpty()) {
            return new Moment(known, known, null, null, null, false);
        }
        List<String> applying =
                pack.applyingTo(useDate, asKnownOn).stream().map(Statement::id).toList();
        List<String> pending = applying.size() == known.size()
                ? null
                : known.stream().filter(id -> !applying.contains(id)).toList();
        Statement setter = pack.termSetter(useDate, asKnownOn).orElseThrow();
        TermReport term = new TermReport(
                setter.term().from(),
                setter.term().until(),
                setter.term().untilFurtherNotice(),
                setter.id(),
                setter.term().clause());
        return new Moment(known, applying, pending, setter, term, setter.term().contains(useDate));
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
