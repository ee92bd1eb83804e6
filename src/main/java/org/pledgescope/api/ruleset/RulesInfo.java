package org.pledgescope.api.ruleset;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/** Actuator info: the revision of the rule set served and when it was loaded. */
@Component
class RulesInfo implements InfoContributor {
    private final RuleSetHolder holder;

    RulesInfo(RuleSetHolder holder) {
        this.holder = holder;
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
        builder.withDetail("ruleset", ruleset);
    }
}
