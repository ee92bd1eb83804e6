package org.pledgescope.api.ruleset;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Actuator health: UP with the revision served, DOWN while no rule set is loaded (so a replica that has not yet loaded
 * a bundle is not ready). A replica serving bundles also shows where they come from, the bundle served, the last poll
 * and the last refusal (a refused bundle leaves the replica UP on the revision it served).
 */
@Component("rules")
class RulesHealth implements HealthIndicator {
    private final RuleSetHolder holder;
    private final RuleErrors ruleErrors;
    private final BundleStatus bundles;

    RulesHealth(RuleSetHolder holder, RuleErrors ruleErrors, BundleStatus bundles) {
        this.holder = holder;
        this.ruleErrors = ruleErrors;
        this.bundles = bundles;
    }

    @Override
    public Health health() {
        Health.Builder health = holder.current()
                .map(r -> Health.up().withDetail("revision", r.revision()).withDetail("packs", r.packIds()))
                .orElseGet(() -> Health.down()
                        .withDetail(
                                "reason",
                                holder.servesBundles() ? "no bundle has been loaded yet" : "no rule set is loaded"));
        Disclosure disclosure = Disclosure.of(holder, false);
        holder.lastFailure()
                .ifPresent(f -> health.withDetail(
                        "lastLoadError",
                        f.problems().stream().map(disclosure::problem).toList()));
        if (holder.servesBundles()) {
            health.withDetail("bundle", bundleDetails());
        }
        health.withDetail("ruleErrors", ruleErrors.total());
        if (ruleErrors.last() != null) {
            health.withDetail("lastRuleError", ruleErrors.last());
        }
        return health.build();
    }

    private Map<String, Object> bundleDetails() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("source", bundles.source());
        BundleStatus.Active active = bundles.active();
        if (active != null) {
            details.put("revision", active.manifest().revision());
            details.put("createdAt", active.manifest().createdAt().toString());
            details.put("signingKey", active.manifest().signingKey());
            details.put("loadedAt", active.loadedAt().toString());
            if (!active.compiledHere().isEmpty()) {
                details.put("compiledHere", active.compiledHere());
            }
        }
        BundleStatus.Poll poll = bundles.lastPoll();
        if (poll != null) {
            details.put("lastPoll", Map.of("at", poll.at().toString(), "outcome", poll.outcome()));
        }
        BundleStatus.Failure error = bundles.lastError();
        if (error != null) {
            details.put(
                    "lastError",
                    Map.of("at", error.at().toString(), "check", error.check(), "message", error.message()));
        }
        return details;
    }
}
