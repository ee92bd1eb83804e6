package org.pledgescope.api.ruleset;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.pledgescope.evaluation.RuleSet;
import org.springframework.stereotype.Component;

/**
 * The revision served, for a dashboard to see a fleet at a glance: {@code pledgescope.ruleset.age} (seconds since the
 * bundle served was made, or since the rules directory was loaded; absent while nothing is served) and {@code
 * pledgescope.ruleset.info} (1, tagged with the {@code revision}: count replicas by revision to see a mixed fleet).
 */
@Component
class RuleSetMetrics {
    private final RuleSetHolder holder;
    private final BundleStatus bundles;
    private final Clock clock;
    private final MultiGauge info;

    RuleSetMetrics(RuleSetHolder holder, BundleStatus bundles, MeterRegistry registry, Clock clock) {
        this.holder = holder;
        this.bundles = bundles;
        this.clock = clock;
        Gauge.builder("pledgescope.ruleset.age", this, RuleSetMetrics::age)
                .description("Seconds since the rule set served was made (its bundle's creation time) or loaded")
                .baseUnit("seconds")
                .register(registry);
        this.info = MultiGauge.builder("pledgescope.ruleset.info")
                .description("1 for the revision served")
                .register(registry);
        holder.onSwap(this::served);
    }

    private void served(RuleSet rules) {
        info.register(List.of(MultiGauge.Row.of(Tags.of("revision", rules.revision()), 1)), true);
    }

    private double age() {
        RuleSet rules = holder.current().orElse(null);
        if (rules == null) {
            return Double.NaN;
        }
        BundleStatus.Active active = bundles.active();
        Instant made = active != null && active.manifest().revision().equals(rules.revision())
                ? active.manifest().createdAt()
                : rules.loadedAt();
        return Duration.between(made, clock.instant()).toMillis() / 1000.0;
    }
}
