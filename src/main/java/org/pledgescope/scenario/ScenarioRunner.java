package org.pledgescope.scenario;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;
import org.pledgescope.evaluation.Evaluator;
import org.pledgescope.evaluation.RuleSet;
import org.pledgescope.verdict.Decision;
import org.pledgescope.verdict.PledgeResult;

/**
 * Runs scenarios against one rule set, pinned for the whole run, and returns plain results in file order;
 * it prints nothing (reporters format). Suites come from {@link SuiteLoader}, which has checked every id they use.
 */
public final class ScenarioRunner {
    private final RuleSet rules;
    private final Evaluator evaluator;

    public ScenarioRunner(RuleSet rules) {
        this.rules = rules;
        this.evaluator = new Evaluator();
    }

    /** Runs every scenario whose name {@code only} accepts; the others are reported as skipped. */
    public RunResult run(List<Suite> suites, Predicate<String> only) {
        List<Scenario> selected = suites.stream()
                .flatMap(s -> s.scenarios().stream())
                .filter(s -> only.test(s.name()))
                .toList();
        // Scenarios are independent and the evaluator is thread-safe: use every core, keep file order.
        Iterator<ScenarioResult> results =
                selected.parallelStream().map(this::run).toList().iterator();
        List<SuiteResult> out = new ArrayList<>();
        for (Suite suite : suites) {
            List<ScenarioResult> ran = new ArrayList<>();
            List<Scenario> skipped = new ArrayList<>();
            for (Scenario scenario : suite.scenarios()) {
                if (only.test(scenario.name())) {
                    ran.add(results.next());
                } else {
                    skipped.add(scenario);
                }
            }
            out.add(new SuiteResult(suite, ran, skipped));
        }
        return new RunResult(out);
    }

    public ScenarioResult run(Scenario scenario) {
        long start = System.nanoTime();
        Decision decision = evaluator.evaluate(rules, scenario.query());
        PledgeResult actual = decision.results().get(0);
        List<Mismatch> mismatches = ExpectationCheck.compare(scenario.expect(), actual);
        long nanos = System.nanoTime() - start;
        List<String> worlds =
                mismatches.isEmpty() ? List.of() : evaluator.worldTrace(rules, scenario.query(), actual.pledge());
        return new ScenarioResult(scenario, actual, mismatches, nanos, worlds);
    }
}
