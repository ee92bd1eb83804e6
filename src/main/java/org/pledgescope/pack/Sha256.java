package org.pledgescope.pack;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over a sequence of parts, for the rule set's revision and the compiled-rules cache. {@link #part} closes
 * a part with a NUL, so that ("ab", "c") and ("a", "bc") differ; {@link #add} adds without closing.
 */
public final class Sha256 {
    private final MessageDigest digest;

    private Sha256(MessageDigest digest) {
        this.digest = digest;
    }

    public static Sha256 start() {
        try {
            return new Sha256(MessageDigest.getInstance("SHA-256"));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds {@code text} as UTF-8, then a NUL. */
    public Sha256 part(String text) {
        return part(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Adds {@code bytes}, then a NUL. */
    public Sha256 part(byte[] bytes) {
        digest.update(bytes);
        digest.update((byte) 0);
        return this;
    }

    /** Adds {@code text} as UTF-8, without a NUL. */
    public Sha256 add(String text) {
        return add(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Adds {@code bytes}, without a NUL. */
    public Sha256 add(byte[] bytes) {
        digest.update(bytes);
        return this;
    }

    /** The digest in lowercase hex; this instance is spent. */
    public String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
