package org.pledgescope.api.ruleset;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** Actuator health: UP with the revision served, DOWN while no rule set is loaded. */
@Component("rules")
class RulesHealth implements HealthIndicator {
    private final RuleSetHolder holder;
    private final RuleErrors ruleErrors;

    RulesHealth(RuleSetHolder holder, RuleErrors ruleErrors) {
        this.holder = holder;
        this.ruleErrors = ruleErrors;
    }

    @Override
    public Health health() {
        Health.Builder health = holder.current()
                .map(r -> Health.up().withDetail("revision", r.revision()).withDetail("packs", r.packIds()))
                .orElseGet(() -> Health.down().withDetail("reason", "no rule set is loaded"));
        Disclosure disclosure = Disclosure.of(holder, false);
        holder.lastFailure()
                .ifPresent(f -> health.withDetail(
                        "lastLoadError",
                        f.problems().stream().map(disclosure::problem).toList()));
        health.withDetail("ruleErrors", ruleErrors.total());
        if (ruleErrors.last() != null) {
            health.withDetail("lastRuleError", ruleErrors.last());
        }
        return health.build();
    }
}
