package org.pledgescope.bundle;

/**
 * How large a bundle may be: the archive as fetched ({@code maxArchive} bytes) and its files once unpacked, summed
 * ({@code maxUnpacked}), which bounds what a small archive of highly compressed entries can make a replica hold.
 */
public record BundleLimits(long maxArchive, long maxUnpacked) {
    /** 32 MB fetched, 256 MB unpacked: the four shipped packs make a bundle of about 0.4 MB. */
    public static final BundleLimits DEFAULT = new BundleLimits(32L << 20, 256L << 20);

    /** The largest manifest read before its signature is checked. */
    static final int MAX_MANIFEST = 4 << 20;

    public BundleLimits {
        if (maxArchive <= 0 || maxUnpacked <= 0) {
            throw new IllegalArgumentException("bundle size limits must be positive");
        }
    }
}
