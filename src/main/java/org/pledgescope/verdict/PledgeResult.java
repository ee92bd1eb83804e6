package org.pledgescope.verdict;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** The answer for one pledge: verdict, one-sentence reason, the text it rests on, and what blocks it. */
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
        int worldsEvaluated) {
}
