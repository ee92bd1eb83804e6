package org.pledgescope.evaluation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.pledgescope.pack.OpenQuestion;
import org.pledgescope.pack.Pack;
import org.pledgescope.query.FieldError;

/**
 * Checks the readings a query (or a scenario) assumes: each names an open question of the packs in scope and one
 * of its readings. One place for the rule, used by the evaluator and by the scenario loader.
 */
public final class Assumptions {
    private Assumptions() {}

    /**
     * Every problem with {@code assume}, one per key, as a field error whose field is {@code where.<question>}
     * and whose message names what is allowed.
     */
    public static List<FieldError> check(List<Pack> packs, Map<String, String> assume, String where) {
        return problems(packs, assume, where).stream()
                .map(m -> new FieldError(where + "." + m.key(), m.message()))
                .toList();
    }

    /** Every problem with {@code assume}, one per key; each message says it was found in {@code where}. */
    public static List<Problem> problems(List<Pack> packs, Map<String, String> assume, String where) {
        if (assume.isEmpty()) {
            return List.of();
        }
        return assume.entrySet().stream()
                .map(a -> problem(packs, a.getKey(), a.getValue(), where))
                .flatMap(Optional::stream)
                .toList();
    }

    /** A problem with the assumption of {@code key}. */
    public record Problem(String key, String message) {}

    private static Optional<Problem> problem(List<Pack> packs, String question, String reading, String where) {
        List<OpenQuestion> matches =
                packs.stream().flatMap(p -> p.question(question).stream()).toList();
        if (matches.isEmpty()) {
            TreeSet<String> known = new TreeSet<>();
            packs.forEach(p -> p.questions().forEach(q -> known.add(q.id())));
            return Optional.of(new Problem(
                    question, "unknown open question '" + question + "' in " + where + "; declared: " + known));
        }
        if (matches.stream().anyMatch(q -> q.reading(reading).isEmpty())) {
            return Optional.of(new Problem(
                    question,
                    "unknown reading '" + reading + "' of " + question + " in " + where
                            + "; allowed: "
                            + matches.get(0).readingIds()));
        }
        return Optional.empty();
    }
}
