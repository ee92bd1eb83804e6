package org.pledgescope.bundle;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * Where a replica fetches its bundle: an http(s) URL (any static server or object store, asked with {@code
 * If-None-Match}) or a file.
 */
public interface BundleSource {

    /** A fetched bundle and the tag to send next time ({@code ETag}, or the file's size and modification time). */
    record Fetched(byte[] archive, String etag) {}

    /**
     * The bundle, or null when it is unchanged since the fetch that answered {@code etag} (null: fetch it anyway).
     * A bundle larger than the limit is refused ({@link BundleRefusedException}, {@code size}) without reading it all.
     */
    Fetched fetch(String etag) throws BundleFetchException;

    /** Where it is, safe to show anyone: a URL without its user info and query. */
    String describe();

    /** The source for {@code location}: {@code http://} or {@code https://} URL, {@code file:} URI, or a path. */
    static BundleSource of(String location, BundleLimits limits, Duration timeout) {
        String lower = location.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return new HttpBundleSource(URI.create(location), limits, timeout);
        }
        if (lower.startsWith("file:")) {
            return new FileBundleSource(Path.of(URI.create(location)), limits);
        }
        if (lower.matches("^[a-z][a-z0-9+.-]*://.*")) {
            throw new IllegalArgumentException(
                    "a bundle is fetched from an http(s) URL or read from a file path, not '" + location + "'");
        }
        return new FileBundleSource(Path.of(location), limits);
    }
}
