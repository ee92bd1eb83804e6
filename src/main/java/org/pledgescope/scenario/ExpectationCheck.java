package org.pledgescope.scenario;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.pledgescope.verdict.MissingFact;
import org.pledgescope.verdict.PledgeResult;
import org.pledgescope.verdict.QuestionReport;
import org.pledgescope.verdict.Reason;

/** Compares one result with a scenario's expectation: every difference, in a fixed order. */
final class ExpectationCheck {
    private ExpectationCheck() {}

    static List<Mismatch> compare(Expectation expect, PledgeResult actual) {
        List<Mismatch> out = new ArrayList<>();
        if (expect.verdict() != actual.verdict()) {
            out.add(Mismatch.value(
                    "verdict", expect.verdict().name(), actual.verdict().name()));
        }
        Set<String> cited = citedClauses(actual);
        List<String> notCited = expect.clauses().stream()
                .filter(c -> !cited.contains(c))
                .sorted()
                .toList();
        if (!notCited.isEmpty()) {
            out.add(Mismatch.sets("clauses", notCited, List.of()));
        }
        exact(
                out,
                "openQuestions",
                expect.openQuestions(),
                actual.openQuestions().stream().map(QuestionReport::id).toList());
        exact(
                out,
                "missingFacts",
                expect.missingFacts(),
                actual.missingFacts().stream().map(MissingFact::field).toList());
        if (expect.assumed() != null) {
            exact(out, "assumed", pairs(expect.assumed()), pairs(actual.assumed()));
        }
        if (expect.presumed() != null) {
            exact(
                    out,
                    "presumed",
                    pairs(expect.presumed()),
                    pairs(actual.presumed() == null ? Map.of() : actual.presumed()));
        }
        return out;
    }

    /** The clauses a result cites: those of its reasons. */
    static Set<String> citedClauses(PledgeResult result) {
        Set<String> out = new TreeSet<>();
        result.reasons().stream().map(Reason::clause).filter(Objects::nonNull).forEach(out::add);
        return out;
    }

    private static void exact(
            List<Mismatch> out, String field, Collection<String> expected, Collection<String> actual) {
        List<String> missing =
                expected.stream().filter(e -> !actual.contains(e)).sorted().toList();
        List<String> extra = actual.stream()
                .filter(a -> !expected.contains(a))
                .sorted()
                .distinct()
                .toList();
        if (!missing.isEmpty() || !extra.isEmpty()) {
            out.add(Mismatch.sets(field, missing, extra));
        }
    }

    private static List<String> pairs(Map<String, String> map) {
        return map.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue())
                .sorted()
                .toList();
    }
}
