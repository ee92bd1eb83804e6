package org.pledgescope.bundle;

import java.security.PublicKey;
import java.util.List;
import org.pledgescope.diagnostics.Problem;
import org.pledgescope.evaluation.LoadedPack;
import org.pledgescope.evaluation.RuleSet;
import org.pledgescope.evaluation.RuleSetLoader;
import org.pledgescope.pack.PackLoadException;
import org.pledgescope.pack.RulesLocation;

/**
 * Opens a bundle: {@linkplain BundleVerifier verifies} it, then loads its rules from memory, each pack from its
 * compiled form, and checks that they make the revision and the packs the manifest names. Only the bundle's own
 * files are read: no rules directory, no vocabulary in the jar, no compiled-rules cache on disk.
 */
public final class BundleLoader {
    private final RuleSetLoader loader;
    private final BundleLimits limits;

    public BundleLoader(RuleSetLoader loader, BundleLimits limits) {
        this.loader = loader;
        this.limits = limits;
    }

    /** The bundle's rule set, described as {@code description} (where it came from); or a refusal. */
    public LoadedBundle open(byte[] archive, PublicKey trusted, String description) {
        return open(archive, trusted, description, null);
    }

    /**
     * {@link #open(byte[], PublicKey, String)} on a replica serving {@code serving}: its packs whose files the new
     * bundle has unchanged are kept as loaded, so a bundle that changes one pack loads only that pack.
     */
    public LoadedBundle open(byte[] archive, PublicKey trusted, String description, RuleSet serving) {
        VerifiedBundle verified = BundleVerifier.verify(archive, trusted, limits);
        return load(verified, description, serving);
    }

    private LoadedBundle load(VerifiedBundle verified, String description, RuleSet serving) {
        BundleManifest manifest = verified.manifest();
        RuleSet rules;
        try {
            rules = loader.loadCompiled(
                    RulesLocation.inMemory(verified.rules(), description, BundleFormat.RULES),
                    verified.compiled(),
                    serving);
        } catch (PackLoadException e) {
            List<Problem> problems = e.problems();
            Problem first = problems.get(0);
            throw new BundleRefusedException(
                    "rules",
                    "its rules do not load: " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                            + ", the first in " + (first.line() > 0 ? first.file() + ":" + first.line() : first.file())
                            + " (which PledgeScope made the bundle? this one is " + BundleFormat.pledgescopeVersion()
                            + ", the bundle's " + verified.manifest().pledgescopeVersion() + ")",
                    problems);
        }
        if (!rules.revision().equals(manifest.revision())) {
            throw new BundleRefusedException(
                    "rules",
                    "its files make revision " + rules.revision() + ", but the manifest says " + manifest.revision());
        }
        if (!rules.packIds().equals(manifest.packs())) {
            throw new BundleRefusedException(
                    "rules",
                    "its files hold packs " + rules.packIds() + ", but the manifest lists " + manifest.packs());
        }
        List<String> compiledHere = rules.packs().stream()
                .filter(p -> !p.fromCache())
                .map(LoadedPack::pack)
                .map(p -> p.id())
                .toList();
        return new LoadedBundle(manifest, rules, compiledHere);
    }
}
