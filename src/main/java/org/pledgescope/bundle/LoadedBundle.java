package org.pledgescope.bundle;

import java.util.List;
import org.pledgescope.evaluation.RuleSet;

/**
 * A bundle verified and loaded: its manifest, the rule set it holds, and the packs compiled here because the bundle's
 * compiled form was made by another PledgeScope build (empty when every pack came compiled).
 */
public record LoadedBundle(BundleManifest manifest, RuleSet ruleSet, List<String> compiledHere) {
    public LoadedBundle {
        compiledHere = List.copyOf(compiledHere);
    }
}
