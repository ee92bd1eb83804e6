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

    /** No statement of the pledge had been published by the query's asKnownOn. */
    public static PledgeResult nothingKnownYet(String pledge, String because, Map<String, String> assumed) {
        return new PledgeResult(pledge, Verdict.NOT_COVERED, because, List.of(), List.of(), List.of(), assumed, null,
                List.of(), List.of(), 0);
    }

    /** The use date falls outside the term in force; {@code reason} quotes the clause that sets it. */
    public static PledgeResult outsideTerm(String pledge, String because, Reason reason, Map<String, String> assumed,
                                           TermReport term, List<String> known) {
        return new PledgeResult(pledge, Verdict.NOT_COVERED, because, List.of(reason), List.of(), List.of(), assumed,
                term, known, List.of(), 0);
    }

    /** Undetermined because the work the query asks for is over a bound; {@code missing} says what to give. */
    public static PledgeResult overBound(String pledge, String because, List<MissingFact> missing,
                                         Map<String, String> assumed, TermReport term, List<String> known,
                                         List<String> fired, int worlds) {
        return new PledgeResult(pledge, Verdict.UNDETERMINED, because, List.of(), List.of(), missing, assumed, term,
                known, fired, worlds);
    }

    /** A verdict resolved over every world of the query. */
    public static PledgeResult resolved(String pledge, Resolution r, String because, List<Reason> reasons,
                                        List<MissingFact> missing, Map<String, String> assumed, TermReport term,
                                        List<String> known, List<String> fired, int worlds) {
        return new PledgeResult(pledge, r.verdict(), because, reasons, r.openQuestions(), missing, assumed, term, known,
                fired, worlds);
    }
}
