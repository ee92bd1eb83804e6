package org.pledgescope.verdict;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The answer for one pledge: verdict, one-sentence reason, the text it rests on, and what blocks it.
 * {@code assumed} holds the readings the verdict was computed under; {@code assumedWithoutEffect} the
 * assumptions that took no part (null when none). {@code presumed} holds the presumed readings the verdict was computed
 * under (semantics 8; null when none), and {@code presumptions} each of them whose reading decides the verdict, with
 * the verdict under each of its readings (null when none). {@code amendmentsNotYetApplying} lists the known amendments
 * that apply only from after the use date (null when none). When the pack's rules failed on this use,
 * {@code error} says how and the verdict is UNDETERMINED; otherwise it is absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PledgeResult(
        String pledge,
        Verdict verdict,
        String because,
        @JsonSerialize(using = RenderedList.Writer.class) List<Reason> reasons,
        List<QuestionReport> openQuestions,
        @JsonSerialize(using = RenderedList.Writer.class) List<MissingFact> missingFacts,
        Map<String, String> assumed,
        List<UnusedAssumption> assumedWithoutEffect,
        Map<String, String> presumed,
        List<QuestionReport> presumptions,
        TermReport term,
        List<String> knownStatements,
        List<String> amendmentsNotYetApplying,
        @JsonSerialize(using = RenderedList.Writer.class) List<String> rulesFired,
        int worldsEvaluated,
        EvaluationError error) {

    /** A result with nothing presumed (semantics 8). */
    public PledgeResult(
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
            int worldsEvaluated,
            EvaluationError error) {
        this(
                pledge,
                verdict,
                because,
                reasons,
                openQuestions,
                missingFacts,
                assumed,
                assumedWithoutEffect,
                null,
                null,
                term,
                knownStatements,
                amendmentsNotYetApplying,
                rulesFired,
                worldsEvaluated,
                error);
    }

    /** The result of a pack whose rules failed on this use: UNDETERMINED, with the error. */
    public static PledgeResult failed(
            String pledge,
            EvaluationError error,
            Map<String, String> assumed,
            TermReport term,
            List<String> knownStatements) {
        return new PledgeResult(
                pledge,
                Verdict.UNDETERMINED,
                "No verdict: the pack's rules failed on this use (" + error.message() + ").",
                List.of(),
                List.of(),
                List.of(),
                assumed,
                null,
                null,
                null,
                term,
                knownStatements,
                null,
                List.of(),
                0,
                error);
    }

    /** No statement of the pledge had been published by the query's asKnownOn. */
    public static PledgeResult nothingKnownYet(String pledge, String because, Map<String, String> assumed) {
        return new PledgeResult(
                pledge,
                Verdict.NOT_COVERED,
                because,
                List.of(),
                List.of(),
                List.of(),
                assumed,
                null,
                null,
                null,
                null,
                List.of(),
                null,
                List.of(),
                0,
                null);
    }

    /** The use date falls outside the term in force; {@code reason} quotes the clause that sets it. */
    public static PledgeResult outsideTerm(
            String pledge,
            String because,
            Reason reason,
            Map<String, String> assumed,
            TermReport term,
            List<String> known,
            List<String> notYetApplying) {
        return new PledgeResult(
                pledge,
                Verdict.NOT_COVERED,
                because,
                List.of(reason),
                List.of(),
                List.of(),
                assumed,
                null,
                null,
                null,
                term,
                known,
                notYetApplying,
                List.of(),
                0,
                null);
    }

    /** Undetermined because the work the query asks for is over a bound; {@code missing} says what to give. */
    public static PledgeResult overBound(
            String pledge,
            String because,
            List<MissingFact> missing,
            Map<String, String> assumed,
            List<UnusedAssumption> unused,
            TermReport term,
            List<String> known,
            List<String> notYetApplying,
            List<String> fired,
            int worlds) {
        return new PledgeResult(
                pledge,
                Verdict.UNDETERMINED,
                because,
                List.of(),
                List.of(),
                missing,
                assumed,
                orNull(unused),
                null,
                null,
                term,
                known,
                notYetApplying,
                fired,
                worlds,
                null);
    }

    /** A verdict resolved over every world of the query. */
    public static PledgeResult resolved(
            String pledge,
            Resolution r,
            String because,
            List<Reason> reasons,
            List<MissingFact> missing,
            Map<String, String> assumed,
            List<UnusedAssumption> unused,
            TermReport term,
            List<String> known,
            List<String> notYetApplying,
            List<String> fired,
            int worlds) {
        return new PledgeResult(
                pledge,
                r.verdict(),
                because,
                reasons,
                r.openQuestions(),
                missing,
                assumed,
                orNull(unused),
                r.presumed().isEmpty() ? null : r.presumed(),
                orNull(r.presumptions()),
                term,
                known,
                notYetApplying,
                fired,
                worlds,
                null);
    }

    private static <T> List<T> orNull(List<T> list) {
        return list == null || list.isEmpty() ? null : list;
    }
}
