package org.pledgescope.api.coverage;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;
import org.pledgescope.bundle.BundleFormat;
import org.pledgescope.json.Json;
import org.pledgescope.query.Query;

/**
 * The identity of a GET answer: a name-based (version 5) UUID of the revision, the PledgeScope version and the
 * normalised query (dates filled, facts in vocabulary order, as the answer echoes it). It is the answer's decision id
 * and, quoted, its {@code ETag}: every reader of a cached answer sees the same id, and a new revision (or a new
 * PledgeScope, which may write answers differently) makes a new one.
 */
record AnswerIdentity(String decisionId) {
    /** The namespace of PledgeScope's answer ids (RFC 9562 name-based UUIDs). */
    private static final UUID NAMESPACE = UUID.fromString("6c473bfa-ad3d-4660-ba42-b5479a4ec73b");

    static AnswerIdentity of(String revision, Query query) {
        String name =
                revision + "\n" + BundleFormat.pledgescopeVersion() + "\n" + Json.MAPPER.writeValueAsString(query);
        return new AnswerIdentity(nameBased(name).toString());
    }

    /** The strong entity tag: the id, quoted. */
    String etag() {
        return "\"" + decisionId + "\"";
    }

    /** Whether an {@code If-None-Match} header names this answer ({@code *}, or its tag, weak or strong). */
    boolean matches(String ifNoneMatch) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || t.equals(etag()) || t.equals("W/" + etag())) {
                return true;
            }
        }
        return false;
    }

    private static UUID nameBased(String name) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        ByteBuffer ns = ByteBuffer.allocate(16)
                .putLong(NAMESPACE.getMostSignificantBits())
                .putLong(NAMESPACE.getLeastSignificantBits());
        sha1.update(ns.array());
        byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50); // version 5
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // RFC 4122 variant
        ByteBuffer b = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(b.getLong(), b.getLong());
    }
}
