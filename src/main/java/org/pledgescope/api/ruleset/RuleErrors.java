package org.pledgescope.api.ruleset;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.pledgescope.evaluation.Evaluator;
import org.pledgescope.verdict.PledgeResult;
import org.springframework.stereotype.Component;

/**
 * Packs whose rules failed on a query (a rule threw, or ran past the time limit): counted in the metric
 * {@code pledgescope.rule.errors} (tags {@code pack}, {@code kind}) and shown in health with the last one.
 * {@code pledgescope.rule.stuck-threads} gauges rule threads still running past their limit.
 */
@Component
public class RuleErrors {
    private final MeterRegistry registry;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private final AtomicLong total = new AtomicLong();
    private volatile String last;

    RuleErrors(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("pledgescope.rule.stuck-threads", Evaluator::stuckRuleThreads)
                .description("Threads still running a pack's rules past the time limit")
                .register(registry);
    }

    public void count(PledgeResult result) {
        if (result.error() == null) {
            return;
        }
        total.incrementAndGet();
        last = result.pledge() + ": " + result.error().message();
        counters.computeIfAbsent(
                        result.pledge() + "\n" + result.error().kind(),
                        k -> Counter.builder("pledgescope.rule.errors")
                                .description("Pack results that failed (a rule threw or timed out)")
                                .tag("pack", result.pledge())
                                .tag("kind", result.error().kind())
                                .register(registry))
                .increment();
    }

    long total() {
        return total.get();
    }

    /** The last failure as {@code pack: message}, or null. */
    String last() {
        return last;
    }
}
