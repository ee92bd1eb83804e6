package org.pledgescope.scenario;

import java.util.List;

/**
 * One way a result differs from a scenario's expectation. For {@code verdict}: {@code expected} and
 * {@code actual}. For the id sets ({@code clauses}, {@code openQuestions}, {@code missingFacts},
 * {@code assumed}): what was expected but is {@code missing}, and what is there but {@code extra}.
 */
public record Mismatch(String field, String expected, String actual, List<String> missing, List<String> extra) {
    public Mismatch {
        missing = List.copyOf(missing);
        extra = List.copyOf(extra);
    }

    static Mismatch value(String field, String expected, String actual) {
        return new Mismatch(field, expected, actual, List.of(), List.of());
    }

    static Mismatch sets(String field, List<String> missing, List<String> extra) {
        return new Mismatch(field, null, null, missing, extra);
    }
}
