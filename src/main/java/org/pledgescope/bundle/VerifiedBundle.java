package org.pledgescope.bundle;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A bundle that passed every check of its archive, signature and manifest: its manifest, its rule files (by path
 * under {@code rules/}) and its compiled files (by name under {@code compiled/}), held in memory.
 */
public record VerifiedBundle(BundleManifest manifest, Map<String, byte[]> rules, Map<String, byte[]> compiled) {
    public VerifiedBundle {
        rules = Collections.unmodifiableMap(new TreeMap<>(rules));
        compiled = Collections.unmodifiableMap(new TreeMap<>(compiled));
    }
}
