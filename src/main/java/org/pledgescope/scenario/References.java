package org.pledgescope.scenario;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToIntFunction;
import org.pledgescope.diagnostics.DidYouMean;
import org.pledgescope.diagnostics.Problems;
import org.pledgescope.evaluation.Assumptions;
import org.pledgescope.evaluation.LoadedPack;
import org.pledgescope.evaluation.RuleSet;
import org.pledgescope.pack.OpenQuestion;
import org.pledgescope.pack.Pack;
import org.pledgescope.query.Query;
import org.pledgescope.vocabulary.Fact;
import org.pledgescope.yaml.YamlNode;

/**
 * Checks that a scenario names things the loaded packs declare: its pledge, the questions and readings it
 * assumes, and the clauses, questions and facts it expects. A misspelt id is a load error at its line, not a
 * scenario that can never pass (or, worse, one that passes by accident).
 */
final class References {
    /** A scenario's ids, kept with the YAML they came from until the packs are loaded. */
    record Pending(String file, int line, Query query, QueryNode queryNode, Expectation expect, YamlNode expectNode) {}

    private final RuleSet rules;
    private final Problems problems;
    private String file;

    References(RuleSet rules, Problems problems) {
        this.rules = rules;
        this.problems = problems;
    }

    void check(Pending p) {
        file = p.file();
        check(p.query(), p.queryNode(), p.expect(), p.expectNode(), p.line());
    }

    private void check(Query query, QueryNode queryNode, Expectation expect, YamlNode expectNode, int scenarioLine) {
        if (query.pledge() == null) {
            problems.add(
                    file,
                    scenarioLine,
                    "no pledge: set 'pledge' on the suite or in the scenario's query; " + "loaded: " + rules.packIds());
            return;
        }
        Optional<LoadedPack> compiled = rules.pack(query.pledge());
        if (compiled.isEmpty()) {
            problems.add(
                    file,
                    queryNode.lineOf("pledge"),
                    "unknown pledge '" + query.pledge() + "'" + DidYouMean.hint(query.pledge(), rules.packIds())
                            + "; loaded: " + rules.packIds());
            return;
        }
        Pack pack = compiled.get().pack();
        assumptions(pack, query.assume(), "query.assume", key -> queryNode.lineOf("assume." + key));
        if (expect == null) {
            return;
        }
        for (String clause : expect.clauses()) {
            if (pack.clause(clause).isEmpty()) {
                problems.add(
                        file,
                        expectNode.lineOf("clauses"),
                        "unknown clause '" + clause + "' in expect.clauses"
                                + DidYouMean.hint(clause, pack.clauses().keySet()) + "; " + pack.id() + " declares: "
                                + new TreeSet<>(pack.clauses().keySet()));
            }
        }
        for (String question : expect.openQuestions()) {
            if (pack.question(question).isEmpty()) {
                problems.add(
                        file,
                        expectNode.lineOf("openQuestions"),
                        "unknown open question '" + question + "' in expect.openQuestions"
                                + DidYouMean.hint(question, questionIds(pack)) + "; " + pack.id() + " declares: "
                                + questionIds(pack));
            }
        }
        Set<String> facts = new TreeSet<>();
        rules.vocabulary().factsOf(pack.id()).stream().filter(Fact::quantified).forEach(f -> facts.add(f.path()));
        for (String fact : expect.missingFacts()) {
            if (!facts.contains(fact)) {
                problems.add(
                        file,
                        expectNode.lineOf("missingFacts"),
                        "unknown fact '" + fact + "' in expect.missingFacts" + DidYouMean.hint(fact, facts) + "; "
                                + pack.id() + " can miss: " + facts);
            }
        }
        if (expect.assumed() != null) {
            YamlNode assumed = expectNode.entries().get("assumed");
            assumptions(pack, expect.assumed(), "expect.assumed", key -> assumed.lineOf(key));
        }
        if (expect.presumed() != null) {
            YamlNode presumed = expectNode.entries().get("presumed");
            assumptions(pack, expect.presumed(), "expect.presumed", key -> presumed.lineOf(key));
        }
    }

    private void assumptions(Pack pack, Map<String, String> assume, String where, ToIntFunction<String> lineOf) {
        for (Assumptions.Problem p : Assumptions.problems(List.of(pack), assume, where)) {
            problems.add(file, lineOf.applyAsInt(p.key()), p.message());
        }
    }

    private static List<String> questionIds(Pack pack) {
        return pack.questions().stream().map(OpenQuestion::id).sorted().toList();
    }
}
