package org.pledgescope.evaluation;

import java.util.List;
import org.pledgescope.pack.Pack;
import org.pledgescope.pack.RuleInfo;

/** One pack of a rule set as the rest of the application sees it: its record and its rules, by name. */
public record LoadedPack(Pack pack, List<RuleInfo> rules, boolean fromCache) {
    public LoadedPack {
        rules = List.copyOf(rules);
    }
}
