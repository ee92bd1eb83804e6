package org.pledgescope.api.ruleset;

import java.nio.file.Path;
import java.time.Duration;
import org.pledgescope.bundle.BundleLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code pledgescope.bundle.*}: a replica that serves signed bundles pulled from {@code source} instead of a rules
 * directory ({@code serve --bundle URL --bundle-key PUBLIC_KEY [--bundle-poll 30s]}).
 *
 * @param source      http(s) URL or file path of the bundle; unset: the rules directory is served
 * @param key         the Ed25519 public key (PEM) bundles must be signed with
 * @param poll        time between two fetches
 * @param pollJitter  each wait is {@code poll} times a random factor in [1 - jitter, 1 + jitter], so a fleet started
 *                    together does not fetch together
 * @param maxSize     largest bundle fetched
 * @param maxUnpacked largest sum of a bundle's files once unpacked
 * @param timeout     time to connect and to fetch the bundle
 */
@ConfigurationProperties("pledgescope.bundle")
public record BundleSettings(
        String source,
        Path key,
        @DefaultValue("30s") Duration poll,
        @DefaultValue("0.1") double pollJitter,
        @DefaultValue("32MB") DataSize maxSize,
        @DefaultValue("256MB") DataSize maxUnpacked,
        @DefaultValue("60s") Duration timeout) {

    /** Whether this replica serves bundles. */
    public boolean enabled() {
        return source != null && !source.isBlank();
    }

    BundleLimits limits() {
        return new BundleLimits(maxSize.toBytes(), maxUnpacked.toBytes());
    }
}
