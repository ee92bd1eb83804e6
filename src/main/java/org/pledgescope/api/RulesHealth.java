package org.pledgescope.api;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** Actuator health: UP with the revision served, DOWN while no rule set is loaded. */
@Component("rules")
class RulesHealth implements HealthIndicator {
    private final RuleSetHolder holder;

    RulesHealth(RuleSetHolder holder) {
        this.holder = holder;
    }

    @Override
    public Health health() {
        Health.Builder health = holder.current()
                .map(r -> Health.up().withDetail("revision", r.revision()).withDetail("packs", r.packIds()))
                .orElseGet(() -> Health.down().withDetail("reason", "no rule set is loaded"));
        holder.lastFailure().ifPresent(f -> health.withDetail("lastLoadError", f.problems().stream()
                .map(Object::toString).toList()));
        return health.build();
    }
}
