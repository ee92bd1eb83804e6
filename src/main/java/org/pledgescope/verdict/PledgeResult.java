package org.pledgescope.verdict;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * The answer for one pledge: verdict, one-sentence reason, the text it rests on, and what blocks it.
 * {@code assumed} holds the readings the verdict was computed under; {@code assumedWithoutEffect} the
 * assumptions that took no part (null when none). {@code amendmentsNotYetApplying} lists the known amendments
 * that apply only from after the use date (null when none).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PledgeResult(
        String pledge,
        Verdict verdict,
        String because,
        List<Reason> reasons,
        List<QuestionReport> openQuestions,
        List<MissingFact> missingFacts,
        Map<String, String> assumed,
        List<UnusedAssumption> assumedWithoutEffect,
        TermReport term,
        List<String> knownStatements,
        List<String> amendmentsNotYetApplying,
        List<String> rulesFired,
        int worldsEvaluated) {

    /** A result in which every assumption, if any, took part and every known statement applies. */
    public PledgeResult(String pledge, Verdict verdict, String because, List<Reason> reasons,
                        List<QuestionReport> openQuestions, List<MissingFact> missingFacts, Map<String, String> assumed,
                        TermReport term, List<String> knownStatements, List<String> rulesFired, int worldsEvaluated) {
        this(pledge, verdict, because, reasons, openQuestions, missingFacts, assumed, null, term, knownStatements, null,
                rulesFired, worldsEvaluated);
    }
}
