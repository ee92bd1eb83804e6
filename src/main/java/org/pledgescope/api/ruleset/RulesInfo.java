package org.pledgescope.api.ruleset;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/** Actuator info: the revision of the rule set served, when it was loaded, and where its bundles come from. */
@Component
class RulesInfo implements InfoContributor {
    private final RuleSetHolder holder;
    private final BundleStatus bundles;

    RulesInfo(RuleSetHolder holder, BundleStatus bundles) {
        this.holder = holder;
        this.bundles = bundles;
    }

    @Override
    public void contribute(Info.Builder builder) {
        Map<String, Object> ruleset = new LinkedHashMap<>();
        holder.current().ifPresent(r -> {
            ruleset.put("revision", r.revision());
            ruleset.put("loadedAt", r.loadedAt().toString());
            ruleset.put("location", Disclosure.of(holder, false).location(r.location()));
            ruleset.put("packs", r.packIds());
        });
        if (holder.servesBundles()) {
            ruleset.put("bundleSource", bundles.source());
            BundleStatus.Active active = bundles.active();
            if (active != null) {
                ruleset.put("bundleCreatedAt", active.manifest().createdAt().toString());
            }
        }
        builder.withDetail("ruleset", ruleset);
    }
}
