package org.pledgescope.map;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.pledgescope.verdict.FindingKind;
import org.pledgescope.verdict.PledgeResult;
import org.pledgescope.verdict.QuestionReport;
import org.pledgescope.verdict.Reason;
import org.pledgescope.verdict.Verdict;

/**
 * What the evaluator answers in one fully known world: the verdict, the open questions that decide it, the presumed
 * readings that decide it (semantics 8), the clauses cited, the sentence, the reasons and the rules fired.
 * {@code inTerm}: a statement is known and the use date is inside the term in force (the rules were asked).
 */
public record WorldAnswer(
        Verdict verdict,
        List<String> openQuestions,
        Map<String, String> presumed,
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
        Map<String, String> presumed = new TreeMap<>();
        if (r.presumptions() != null) {
            for (QuestionReport q : r.presumptions()) {
                presumed.put(q.id(), r.presumed().get(q.id()));
            }
        }
        boolean inTerm = r.term() != null && r.reasons().stream().noneMatch(x -> "term-in-force".equals(x.rule()));
        return new WorldAnswer(
                r.verdict(),
                r.openQuestions().stream().map(QuestionReport::id).toList(),
                Map.copyOf(presumed),
                List.copyOf(clauses),
                r.because(),
                r.reasons(),
                r.rulesFired(),
                inTerm);
    }

    /**
     * What regions share: the verdict, the deciding open questions and presumptions, the clauses, and the rules whose
     * findings give the reasons — so that one world's {@code because} speaks for its region (two rules citing one
     * clause, such as the term's clause and a limit drawn from it, are two reasons).
     */
    Label label() {
        return new Label(verdict, openQuestions, presumed, clauses, rules());
    }

    /** The rules of the reasons, sorted, each once. */
    List<String> rules() {
        return reasons.stream().map(Reason::rule).distinct().sorted().toList();
    }

    /** Whether a clause restricts the use and an exception lifts it, each on every reading. */
    boolean certainConflict() {
        return certain(FindingKind.PROHIBITS) && certain(FindingKind.EXEMPTS);
    }

    private boolean certain(FindingKind kind) {
        return reasons.stream()
                .anyMatch(x -> x.effect() == kind && x.dependsOn().isEmpty());
    }

    /** What one region of the map shares: a verdict, what decides it, the clauses and the rules of its reasons. */
    public record Label(
            Verdict verdict,
            List<String> openQuestions,
            Map<String, String> presumed,
            List<String> clauses,
            List<String> rules) {}
}
