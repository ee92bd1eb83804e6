package org.pledgescope.verdict;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * The answer for one pledge: verdict, one-sentence reason, the text it rests on, and what blocks it. When the
 * pack's rules failed on this use, {@code error} says how and the verdict is UNDETERMINED; otherwise it is absent.
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
        TermReport term,
        List<String> knownStatements,
        List<String> rulesFired,
        int worldsEvaluated,
        EvaluationError error) {

    public PledgeResult(String pledge, Verdict verdict, String because, List<Reason> reasons,
                        List<QuestionReport> openQuestions, List<MissingFact> missingFacts, Map<String, String> assumed,
                        TermReport term, List<String> knownStatements, List<String> rulesFired, int worldsEvaluated) {
        this(pledge, verdict, because, reasons, openQuestions, missingFacts, assumed, term, knownStatements, rulesFired,
                worldsEvaluated, null);
    }

    /** The result of a pack whose rules failed on this use: UNDETERMINED, with the error. */
    public static PledgeResult failed(String pledge, EvaluationError error, Map<String, String> assumed, TermReport term,
                                      List<String> knownStatements) {
        return new PledgeResult(pledge, Verdict.UNDETERMINED, "No verdict: the pack's rules failed on this use ("
                + error.message() + ").", List.of(), List.of(), List.of(), assumed, term, knownStatements, List.of(), 0,
                error);
    }
}
