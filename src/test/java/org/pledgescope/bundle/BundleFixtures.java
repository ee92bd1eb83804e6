package org.pledgescope.bundle;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.pledgescope.TestRules;
import org.pledgescope.evaluation.RuleSetLoader;
import org.pledgescope.pack.RulesLocation;
import org.pledgescope.pack.Sha256;

/**
 * Bundles for tests: a signed bundle of the valid fixture pack, made once per JVM with the test keys in
 * {@code src/test/resources/bundles/keys}, and ways to take one apart and put it together altered.
 */
public final class BundleFixtures {
    public static final Path KEYS = Path.of("src/test/resources/bundles/keys");
    public static final Path VALID_PACKS = Path.of("src/test/resources/packs/valid");
    public static final Instant MADE = Instant.parse("2026-11-20T09:30:00Z");
    private static volatile BundleWriter.Built valid;

    private BundleFixtures() {}

    public static PrivateKey signingKey() {
        return BundleKeys.readPrivate(KEYS.resolve("signing.key"));
    }

    public static PublicKey trusted() {
        return BundleKeys.readPublic(KEYS.resolve("signing.pub"));
    }

    public static PrivateKey otherKey() {
        return BundleKeys.readPrivate(KEYS.resolve("other.key"));
    }

    /** A signed bundle of {@code src/test/resources/packs/valid}. */
    public static synchronized BundleWriter.Built valid() {
        if (valid == null) {
            valid = build(VALID_PACKS, signingKey());
        }
        return valid;
    }

    public static BundleWriter.Built build(Path rules, PrivateKey key) {
        return BundleWriter.build(RulesLocation.resolve(rules), new RuleSetLoader(TestRules.CLOCK), key, MADE);
    }

    /** One entry of an archive: its name, bytes and Unix mode (0: none recorded). */
    public record Entry(String name, byte[] bytes, int unixMode) {
        public Entry(String name, byte[] bytes) {
            this(name, bytes, 0);
        }

        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** The entries of an archive, in order. */
    public static List<Entry> entries(byte[] archive) {
        List<Entry> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.add(new Entry(e.getName(), in.readAllBytes()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /** An archive of {@code entries}, as given: duplicate names, absolute paths and symbolic links included. */
    public static byte[] zip(List<Entry> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
            for (Entry e : entries) {
                ZipArchiveEntry entry = new ZipArchiveEntry(e.name());
                if (e.unixMode() != 0) {
                    entry.setUnixMode(e.unixMode());
                }
                zip.putArchiveEntry(entry);
                zip.write(e.bytes());
                zip.closeArchiveEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The valid bundle with its entries changed by {@code change} (the manifest and signature left as they were). */
    public static byte[] altered(UnaryOperator<List<Entry>> change) {
        return zip(change.apply(new ArrayList<>(entries(valid().archive()))));
    }

    /**
     * The valid bundle with its entries changed by {@code change}, then given a manifest that lists them as they now are
     * (the manifest's other fields changed by {@code manifest}) and signed with {@code key}: a bundle whose signature
     * and digests hold, to test what is checked after them.
     */
    public static byte[] resigned(
            UnaryOperator<List<Entry>> change, UnaryOperator<BundleManifest> manifest, PrivateKey key) {
        List<Entry> files = new ArrayList<>();
        for (Entry e : change.apply(new ArrayList<>(entries(valid().archive())))) {
            if (!e.name().equals(BundleFormat.MANIFEST) && !e.name().equals(BundleFormat.SIGNATURE)) {
                files.add(e);
            }
        }
        BundleManifest base = valid().manifest();
        BundleManifest relisted = manifest.apply(new BundleManifest(
                base.format(),
                base.formatVersion(),
                base.revision(),
                base.createdAt(),
                base.pledgescopeVersion(),
                base.signingKey(),
                base.packs(),
                files.stream()
                        .map(e -> new BundleManifest.FileEntry(
                                e.name(),
                                e.bytes().length,
                                Sha256.start().add(e.bytes()).hex()))
                        .toList()));
        byte[] json = relisted.toJson();
        List<Entry> all = new ArrayList<>();
        all.add(new Entry(BundleFormat.MANIFEST, json));
        all.add(new Entry(BundleFormat.SIGNATURE, Base64.getEncoder().encode(BundleKeys.sign(key, json))));
        all.addAll(files);
        return zip(all);
    }

    /** Replaces the bytes of the entry named {@code name}. */
    public static UnaryOperator<List<Entry>> replace(String name, UnaryOperator<String> text) {
        return entries -> {
            List<Entry> out = new ArrayList<>();
            for (Entry e : entries) {
                out.add(
                        e.name().equals(name)
                                ? new Entry(name, text.apply(e.text()).getBytes(StandardCharsets.UTF_8), e.unixMode())
                                : e);
            }
            return out;
        };
    }
}
