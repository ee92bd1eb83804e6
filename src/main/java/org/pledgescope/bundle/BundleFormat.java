package org.pledgescope.bundle;

/**
 * The layout of a bundle: a zip archive holding {@code manifest.json} (every other file with its SHA-256 and size,
 * the revision, the format, when and by which PledgeScope it was made), {@code manifest.sig} (the Ed25519 signature
 * of manifest.json's bytes, base64), the rules under {@code rules/} (vocabulary.yaml and one folder per pack) and
 * the packs' compiled form under {@code compiled/}.
 */
public final class BundleFormat {
    public static final String NAME = "pledgescope-bundle";
    public static final int VERSION = 1;
    public static final String MANIFEST = "manifest.json";
    public static final String SIGNATURE = "manifest.sig";
    public static final String RULES = "rules/";
    public static final String COMPILED = "compiled/";

    private BundleFormat() {}

    /** This build's version (the jar's Implementation-Version), or {@code development} when run from classes. */
    public static String pledgescopeVersion() {
        String v = BundleFormat.class.getPackage().getImplementationVersion();
        return v == null || v.isBlank() ? "development" : v;
    }
}
