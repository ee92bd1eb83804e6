package org.pledgescope.map;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.pledgescope.verdict.FindingKind;
import org.pledgescope.verdict.PledgeResult;
import org.pledgescope.verdict.QuestionReport;
import org.pledgescope.verdict.Reason;
import org.pledgescope.verdict.Verdict;

/**
 * What the evaluator answers in one fully known world: the verdict, the open questions that decide it, the
 * clauses cited, the sentence, the reasons and the rules fired. {@code inTerm}: a statement is known and the use
 * date is inside the term in force (the rules were asked).
 */
public record WorldAnswer(
        Verdict verdict,
        List<String> openQuestions,
        List<String> clauses,
        String because,
        List<Reason> reasons,
        List<String> rulesFired,
        boolean inTerm) {

    static WorldAnswer of(PledgeResult r) {
        Set<String> clauses = new TreeSet<>();
        r.reasons().forEach(x -> {
            if (x.clause() != null) {
                clauses.add(x.clause());
            }
        });
        boolean inTerm = r.term() != null && r.reasons().stream().noneMatch(x -> "term-in-force".equals(x.rule()));
        return new WorldAnswer(
                r.verdict(),
                r.openQuestions().stream().map(QuestionReport::id).toList(),
                List.copyOf(clauses),
                r.because(),
                r.reasons(),
                r.rulesFired(),
                inTerm);
    }

    /** What regions share: the verdict, the deciding open questions and the clauses. */
    Label label() {
        return new Label(verdict, openQuestions, clauses);
    }

    /** Whether a clause restricts the use and an exception lifts it, each on every reading. */
    boolean certainConflict() {
        return certain(FindingKind.PROHIBITS) && certain(FindingKind.EXEMPTS);
    }

    private boolean certain(FindingKind kind) {
        return reasons.stream()
                .anyMatch(x -> x.effect() == kind && x.dependsOn().isEmpty());
    }

    /** A verdict, its deciding open questions and its clauses: what one region of the map shares. */
    public record Label(Verdict verdict, List<String> openQuestions, List<String> clauses) {}
}
