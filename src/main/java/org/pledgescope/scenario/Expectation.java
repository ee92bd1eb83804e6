package org.pledgescope.scenario;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pledgescope.verdict.Verdict;

/**
 * What a scenario expects of its pledge's result. {@code clauses}: each must be cited. {@code openQuestions}
 * and {@code missingFacts}: exact sets (left out means none). {@code assumed} and {@code presumed}: the exact readings
 * the result records as assumed and as presumed (semantics 8), or null when the scenario does not check them.
 */
public record Expectation(
        Verdict verdict,
        List<String> clauses,
        Set<String> openQuestions,
        Set<String> missingFacts,
        Map<String, String> assumed,
        Map<String, String> presumed) {
    public Expectation {
        clauses = List.copyOf(clauses);
        openQuestions = Set.copyOf(openQuestions);
        missingFacts = Set.copyOf(missingFacts);
        assumed = assumed == null ? null : Map.copyOf(assumed);
        presumed = presumed == null ? null : Map.copyOf(presumed);
    }
}
