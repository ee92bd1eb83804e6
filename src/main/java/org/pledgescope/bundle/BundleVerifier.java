package org.pledgescope.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.pledgescope.pack.Sha256;

/**
 * Checks a bundle before anything in it is used, in this order, each failure a {@link BundleRefusedException} naming
 * its check: its size ({@code size}); that it is a complete zip archive ({@code archive}); every entry's name (relative,
 * no {@code ..}, no backslash), kind (no symbolic link) and uniqueness ({@code entries}); that {@code manifest.json} is
 * signed by the trusted key ({@code signature}); the manifest itself ({@code manifest}); then that every file it lists
 * is there with its size and SHA-256 and nothing else is ({@code files}). The archive is read from memory and nothing is
 * extracted: no path in it ever reaches a file system.
 */
public final class BundleVerifier {
    private BundleVerifier() {}

    public static VerifiedBundle verify(byte[] archive, PublicKey trusted, BundleLimits limits) {
        if (archive.length > limits.maxArchive()) {
            throw new BundleRefusedException(
                    "size",
                    "the bundle is " + archive.length + " bytes, more than the limit of " + limits.maxArchive()
                            + " (pledgescope.bundle.max-size)");
        }
        try (ZipFile zip = open(archive)) {
            Map<String, ZipArchiveEntry> entries = entries(zip, limits);
            byte[] manifestJson = manifestBytes(zip, entries);
            checkSignature(zip, entries, manifestJson, trusted);
            BundleManifest manifest = BundleManifest.parse(manifestJson);
            return files(zip, entries, manifest, limits);
        } catch (IOException e) {
            throw new BundleRefusedException("archive", "the archive cannot be read: " + message(e));
        }
    }

    private static ZipFile open(byte[] archive) {
        try {
            return ZipFile.builder()
                    .setSeekableByteChannel(new SeekableInMemoryByteChannel(archive))
                    .setUseUnicodeExtraFields(false)
                    .get();
        } catch (IOException | RuntimeException e) {
            throw new BundleRefusedException(
                    "archive", "not a complete zip archive (truncated, or not a bundle): " + message(e));
        }
    }

    /** Every entry by name, each checked; directories are left out (a bundle's files are named by their paths). */
    private static Map<String, ZipArchiveEntry> entries(ZipFile zip, BundleLimits limits) {
        Map<String, ZipArchiveEntry> byName = new LinkedHashMap<>();
        for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
            String name = e.getName();
            String problem = BundlePaths.problem(name);
            if (problem != null) {
                throw new BundleRefusedException("entries", "an entry's name " + problem);
            }
            if (e.isUnixSymlink()) {
                throw new BundleRefusedException("entries", "'" + name + "' is a symbolic link");
            }
            if (byName.containsKey(name)
                    || byName.containsKey(name + "/")
                    || name.endsWith("/") && byName.containsKey(name.substring(0, name.length() - 1))) {
                throw new BundleRefusedException("entries", "'" + name + "' is in the archive twice");
            }
            if (!e.isDirectory() && !zip.canReadEntryData(e)) {
                throw new BundleRefusedException(
                        "entries", "'" + name + "' is encrypted or compressed with a method this reader lacks");
            }
            if (e.getSize() > limits.maxUnpacked()) {
                throw new BundleRefusedException(
                        "size",
                        "'" + name + "' unpacks to " + e.getSize() + " bytes, more than the limit of "
                                + limits.maxUnpacked() + " (pledgescope.bundle.max-unpacked)");
            }
            byName.put(name, e);
        }
        byName.values().removeIf(ZipArchiveEntry::isDirectory);
        return byName;
    }

    private static byte[] manifestBytes(ZipFile zip, Map<String, ZipArchiveEntry> entries) {
        ZipArchiveEntry manifest = entries.get(BundleFormat.MANIFEST);
        if (manifest == null) {
            throw new BundleRefusedException(
                    "manifest", "the archive has no " + BundleFormat.MANIFEST + ": not a PledgeScope bundle");
        }
        byte[] bytes = read(zip, manifest, BundleLimits.MAX_MANIFEST);
        if (bytes.length > BundleLimits.MAX_MANIFEST) {
            throw new BundleRefusedException(
                    "size", BundleFormat.MANIFEST + " is larger than " + BundleLimits.MAX_MANIFEST + " bytes");
        }
        return bytes;
    }

    private static void checkSignature(
            ZipFile zip, Map<String, ZipArchiveEntry> entries, byte[] manifestJson, PublicKey trusted) {
        ZipArchiveEntry sig = entries.get(BundleFormat.SIGNATURE);
        if (sig == null) {
            throw new BundleRefusedException(
                    "signature",
                    "the bundle is unsigned (no " + BundleFormat.SIGNATURE + "); a replica takes only bundles made "
                            + "with `pledgescope bundle --sign KEY`");
        }
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(new String(read(zip, sig, 1024), StandardCharsets.US_ASCII).strip());
        } catch (IllegalArgumentException e) {
            signature = new byte[0];
        }
        if (signature.length != 64) {
            throw new BundleRefusedException(
                    "signature", BundleFormat.SIGNATURE + " is not an Ed25519 signature (64 bytes, base64)");
        }
        if (BundleKeys.verify(trusted, manifestJson, signature)) {
            return;
        }
        String trustedId = BundleKeys.id(trusted);
        String named = BundleManifest.signingKeyOf(manifestJson);
        if (named != null && !named.equals(trustedId)) {
            throw new BundleRefusedException(
                    "signature",
                    "signed with another key: the manifest names key " + named + ", and this replica trusts only "
                            + trustedId + " (--bundle-key)");
        }
        throw new BundleRefusedException(
                "signature",
                "the signature does not match " + BundleFormat.MANIFEST + " under the trusted key " + trustedId
                        + ": the manifest was changed after it was signed, or another key signed it");
    }

    private static VerifiedBundle files(
            ZipFile zip, Map<String, ZipArchiveEntry> entries, BundleManifest manifest, BundleLimits limits) {
        long total = manifest.files().stream()
                .mapToLong(BundleManifest.FileEntry::size)
                .sum();
        if (total > limits.maxUnpacked()) {
            throw new BundleRefusedException(
                    "size",
                    "the bundle's files add up to " + total + " bytes, more than the limit of " + limits.maxUnpacked()
                            + " (pledgescope.bundle.max-unpacked)");
        }
        Map<String, BundleManifest.FileEntry> listed = new HashMap<>();
        manifest.files().forEach(f -> listed.put(f.path(), f));
        for (String name : entries.keySet()) {
            if (!name.equals(BundleFormat.MANIFEST)
                    && !name.equals(BundleFormat.SIGNATURE)
                    && !listed.containsKey(name)) {
                throw new BundleRefusedException(
                        "files", "'" + name + "' is in the archive but not listed in the manifest");
            }
        }
        Map<String, byte[]> rules = new LinkedHashMap<>();
        Map<String, byte[]> compiled = new LinkedHashMap<>();
        for (BundleManifest.FileEntry f : manifest.files()) {
            ZipArchiveEntry entry = entries.get(f.path());
            if (entry == null) {
                throw new BundleRefusedException(
                        "files", "'" + f.path() + "' is listed in the manifest but missing from the archive");
            }
            byte[] bytes = read(zip, entry, f.size());
            if (bytes.length != f.size()) {
                throw new BundleRefusedException(
                        "files",
                        "'" + f.path() + "' is " + (bytes.length > f.size() ? "longer" : bytes.length + " bytes")
                                + ", the manifest says " + f.size() + " bytes: the file was changed after signing");
            }
            byte[] digest = Sha256.start().add(bytes).hex().getBytes(StandardCharsets.US_ASCII);
            if (!MessageDigest.isEqual(digest, f.sha256().getBytes(StandardCharsets.US_ASCII))) {
                throw new BundleRefusedException(
                        "files",
                        "'" + f.path() + "' does not match its SHA-256 in the manifest: the file was changed after "
                                + "signing");
            }
            if (f.path().startsWith(BundleFormat.RULES)) {
                rules.put(f.path().substring(BundleFormat.RULES.length()), bytes);
            } else if (f.path().startsWith(BundleFormat.COMPILED)) {
                compiled.put(f.path().substring(BundleFormat.COMPILED.length()), bytes);
            } else {
                throw new BundleRefusedException(
                        "files", "'" + f.path() + "' is neither under rules/ nor under compiled/");
            }
        }
        return new VerifiedBundle(manifest, rules, compiled);
    }

    /** At most {@code limit + 1} bytes of an entry: one more than allowed is enough to tell it is too long. */
    private static byte[] read(ZipFile zip, ZipArchiveEntry entry, long limit) {
        try (InputStream in = zip.getInputStream(entry)) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        } catch (IOException | RuntimeException e) {
            throw new BundleRefusedException(
                    "archive", "'" + entry.getName() + "' cannot be read (a damaged archive): " + message(e));
        }
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
