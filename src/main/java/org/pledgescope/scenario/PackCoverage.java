package org.pledgescope.scenario;

import java.util.List;

/**
 * How much of one pack a run exercised: the rules that never fired, the clauses no result cited, and the
 * open questions no result reported as deciding its verdict.
 */
public record PackCoverage(
        String pack,
        int rules,
        List<String> rulesNeverFired,
        List<String> clausesNeverCited,
        List<String> questionsNeverRaised) {
    public PackCoverage {
        rulesNeverFired = List.copyOf(rulesNeverFired);
        clausesNeverCited = List.copyOf(clausesNeverCited);
        questionsNeverRaised = List.copyOf(questionsNeverRaised);
    }

    /** The share of rules fired, in percent (100 for a pack without rules). */
    public double percent() {
        return rules == 0 ? 100.0 : 100.0 * (rules - rulesNeverFired.size()) / rules;
    }
}
