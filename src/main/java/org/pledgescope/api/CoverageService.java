package org.pledgescope.api;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.pledgescope.coverage.Evaluator;
import org.pledgescope.coverage.RuleSet;
import org.pledgescope.query.Query;
import org.pledgescope.verdict.Decision;
import org.pledgescope.verdict.PledgeResult;
import org.pledgescope.verdict.Verdict;
import org.pledgescope.verdict.VerdictResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** Every decision the API makes goes through here: evaluated, counted, timed and (optionally) logged. */
@Service
class CoverageService {
    /**
     * Drools resolves classes through the thread's context class loader for every session it opens; on a
     * Tomcat request thread that is the web application's loader, which is many times slower than the
     * application class loader the rules were compiled against.
     */
    private static final ClassLoader ENGINE_LOADER = Evaluator.class.getClassLoader();

    private final RuleSetHolder holder;
    private final Evaluator evaluator;
    private final MeterRegistry registry;
    private final Timer latency;
    private final DecisionLog decisionLog;
    private final RuleErrors ruleErrors;
    private final Map<CounterKey, Counter> counters = new ConcurrentHashMap<>();

    private record CounterKey(String pack, Verdict verdict) {
    }

    CoverageService(RuleSetHolder holder, MeterRegistry registry, DecisionLog decisionLog, RuleErrors ruleErrors,
                    ApiProperties properties) {
        this.holder = holder;
        this.ruleErrors = ruleErrors;
        this.evaluator = new Evaluator(() -> requireRuleSet(), Evaluator.DEFAULT_WORLD_LIMIT,
                VerdictResolver.DEFAULT_CELL_LIMIT, properties.ruleTimeLimit());
        this.registry = registry;
        this.decisionLog = decisionLog;
        this.latency = Timer.builder("pledgescope.evaluation").description("Time to evaluate one query")
                .publishPercentileHistogram().register(registry);
    }

    /** The rule set being served, or 503 when none could be loaded. */
    RuleSet requireRuleSet() {
        return holder.current().orElseThrow(() -> new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "",
                "no rule set is loaded; see GET /v1/ruleset for the load errors"));
    }

    Decision decide(Query query) {
        RuleSet rules = requireRuleSet();
        long start = System.nanoTime();
        Thread thread = Thread.currentThread();
        ClassLoader requestLoader = thread.getContextClassLoader();
        thread.setContextClassLoader(ENGINE_LOADER);
        Decision decision;
        try {
            decision = evaluator.evaluate(query, rules);
        } finally {
            thread.setContextClassLoader(requestLoader);
        }
        long nanos = System.nanoTime() - start;
        latency.record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
        for (PledgeResult r : decision.results()) {
            counters.computeIfAbsent(new CounterKey(r.pledge(), r.verdict()), k -> Counter.builder("pledgescope.decisions")
                    .description("Decisions by pack and verdict").tag("pack", k.pack())
                    .tag("verdict", k.verdict().name()).register(registry)).increment();
            ruleErrors.count(r);
        }
        decisionLog.record(decision, nanos);
        return decision;
    }
}
