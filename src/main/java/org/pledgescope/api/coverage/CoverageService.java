package org.pledgescope.api.coverage;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.pledgescope.api.ApiException;
import org.pledgescope.api.ApiProperties;
import org.pledgescope.api.ruleset.RuleErrors;
import org.pledgescope.api.ruleset.RuleSetHolder;
import org.pledgescope.evaluation.Evaluator;
import org.pledgescope.evaluation.RuleSet;
import org.pledgescope.query.InvalidQueryException;
import org.pledgescope.query.Query;
import org.pledgescope.query.QueryBinder;
import org.pledgescope.verdict.Decision;
import org.pledgescope.verdict.PledgeResult;
import org.pledgescope.verdict.Verdict;
import org.pledgescope.verdict.VerdictResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/** Every decision the API makes goes through here: evaluated, counted, timed and (optionally) logged. */
@Service
public class CoverageService {
    private final RuleSetHolder holder;
    private final Evaluator evaluator;
    private final QueryBinder binder;
    private final MeterRegistry registry;
    private final Timer latency;
    private final DecisionLog decisionLog;
    private final RuleErrors ruleErrors;
    private final Map<CounterKey, Counter> counters = new ConcurrentHashMap<>();

    private record CounterKey(String pack, Verdict verdict) {}

    CoverageService(
            RuleSetHolder holder,
            MeterRegistry registry,
            DecisionLog decisionLog,
            RuleErrors ruleErrors,
            ApiProperties properties,
            Clock clock) {
        this.binder = new QueryBinder(clock);
        this.holder = holder;
        this.ruleErrors = ruleErrors;
        this.evaluator = new Evaluator(
                Evaluator.DEFAULT_WORLD_LIMIT, VerdictResolver.DEFAULT_CELL_LIMIT, properties.ruleTimeLimit());
        this.registry = registry;
        this.decisionLog = decisionLog;
        this.latency = Timer.builder("pledgescope.evaluation")
                .description("Time to evaluate one query")
                .publishPercentileHistogram()
                .register(registry);
    }

    /**
     * The evaluator every answer of this service is made with (its world, cell and rule time limits, {@code
     * pledgescope.rule-time-limit}): queries, and the cells of maps and diffs.
     */
    public Evaluator evaluator() {
        return evaluator;
    }

    /** The rule set being served, or 503 when none could be loaded. */
    public RuleSet requireRuleSet() {
        return holder.current()
                .orElseThrow(() -> new ApiException(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "",
                        "no rule set is loaded; see GET /v1/ruleset for the load errors"));
    }

    /** Binds a query's JSON to the served rule set's vocabulary and decides it on that same rule set. */
    Decision decide(JsonNode node) {
        return decide(node, requireRuleSet());
    }

    /** Binds a query's JSON to {@code rules}' vocabulary and decides it on them: what every item of a batch does. */
    Decision decide(JsonNode node, RuleSet rules) {
        return decide(binder.bind(node, rules.vocabulary()), rules);
    }

    /** A query's JSON bound to the vocabulary of {@code rules}; an {@link InvalidQueryException} says what is wrong. */
    Query bind(JsonNode node, RuleSet rules) {
        return binder.bind(node, rules.vocabulary());
    }

    /** Decides a query bound to {@code rules} on {@code rules}: evaluated, counted, timed and logged. */
    Decision decide(Query query, RuleSet rules) {
        return decide(query, rules, null);
    }

    /** Decides {@code query} on {@code rules}; the decision is {@code decisionId} when given, else a random id. */
    Decision decide(Query query, RuleSet rules, String decisionId) {
        long start = System.nanoTime();
        Decision decision = evaluator.evaluate(rules, query);
        if (decisionId != null) {
            decision = new Decision(decisionId, decision.rulesetRevision(), decision.query(), decision.results());
        }
        long nanos = System.nanoTime() - start;
        latency.record(nanos, TimeUnit.NANOSECONDS);
        for (PledgeResult r : decision.results()) {
            counters.computeIfAbsent(
                            new CounterKey(r.pledge(), r.verdict()),
                            k -> Counter.builder("pledgescope.decisions")
                                    .description("Decisions by pack and verdict")
                                    .tag("pack", k.pack())
                                    .tag("verdict", k.verdict().name())
                                    .register(registry))
                    .increment();
            ruleErrors.count(r);
        }
        decisionLog.record(decision, nanos);
        return decision;
    }
}
