package org.pledgescope.bundle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.pledgescope.diagnostics.Problem;
import org.pledgescope.evaluation.RuleSet;
import org.pledgescope.evaluation.RuleSetLoader;
import org.pledgescope.pack.PackLoadException;
import org.pledgescope.pack.RulesLocation;
import org.pledgescope.pack.Sha256;
import org.pledgescope.pack.SourceFile;

/**
 * Makes a bundle of a rules directory: its files are read once, loaded and compiled from that copy (so the bundle's
 * revision names exactly the files it carries), and written with the packs' compiled form and a manifest, signed when
 * a key is given.
 */
public final class BundleWriter {
    private BundleWriter() {}

    /**
     * A bundle made: the archive's bytes, its manifest, the rule set it holds, and how many compiled files it carries
     * (none when this build could not fingerprint its code: replicas then compile the packs themselves).
     */
    public record Built(
            byte[] archive, BundleManifest manifest, RuleSet ruleSet, int compiledFiles, List<String> notes) {}

    /**
     * Bundles the packs at {@code location}; {@code key} null makes an unsigned bundle (which a replica refuses).
     * Throws {@link org.pledgescope.pack.PackLoadException} when the rules do not load.
     */
    public static Built build(RulesLocation location, RuleSetLoader loader, PrivateKey key, Instant createdAt) {
        Map<String, byte[]> rules = filesOf(location);
        String prefix = location.directory() == null ? "bundled:" : location.directory() + "/";
        // Loaded from the paths a replica gives the files (rules/…), whatever directory they come from: what a pack
        // compiles to may name its files (a decision table's DRL does), and a replica finds a pack's compiled form by
        // what it compiles to. Problems and notes name the files where the author has them.
        RuleSetLoader.Compiled compiled;
        try {
            compiled = loader.loadForExport(RulesLocation.inMemory(rules, location.describe(), BundleFormat.RULES));
        } catch (PackLoadException e) {
            throw new PackLoadException(e.problems().stream()
                    .map(p -> new Problem(relocated(p.file(), prefix), p.line(), p.message()))
                    .toList());
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        rules.forEach((path, bytes) -> files.put(BundleFormat.RULES + path, bytes));
        compiled.files().forEach((name, bytes) -> files.put(BundleFormat.COMPILED + name, bytes));
        List<BundleManifest.FileEntry> entries = new ArrayList<>();
        files.forEach((path, bytes) -> entries.add(new BundleManifest.FileEntry(
                path, bytes.length, Sha256.start().add(bytes).hex())));
        PublicKey signer = key == null ? null : BundleKeys.publicOf(key);
        BundleManifest manifest = new BundleManifest(
                BundleFormat.NAME,
                BundleFormat.VERSION,
                compiled.ruleSet().revision(),
                createdAt,
                BundleFormat.pledgescopeVersion(),
                signer == null ? null : BundleKeys.id(signer),
                compiled.ruleSet().packs().stream().map(p -> p.pack().id()).toList(),
                entries);
        byte[] manifestJson = manifest.toJson();
        byte[] signature = key == null
                ? null
                : (Base64.getEncoder().encodeToString(BundleKeys.sign(key, manifestJson)) + "\n")
                        .getBytes(StandardCharsets.US_ASCII);
        return new Built(
                zip(manifestJson, signature, files, createdAt),
                manifest,
                compiled.ruleSet(),
                compiled.files().size(),
                compiled.ruleSet().notes().stream()
                        .map(n -> relocated(n, prefix))
                        .toList());
    }

    /** A path under the bundle's rules/ as the author has it (under {@code prefix}). */
    private static String relocated(String path, String prefix) {
        return path.startsWith(BundleFormat.RULES) ? prefix + path.substring(BundleFormat.RULES.length()) : path;
    }

    /** Every file of the rule set, by path relative to its root: vocabulary.yaml and each pack's files. */
    private static Map<String, byte[]> filesOf(RulesLocation location) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("vocabulary.yaml", bytes(location.readVocabulary()));
        for (RulesLocation.PackFiles pack : location.read()) {
            if (pack.manifest() != null) {
                files.put(pack.id() + "/pack.yaml", bytes(pack.manifest()));
            }
            for (SourceFile f : pack.ruleFiles()) {
                files.put(pack.id() + "/" + f.name(), bytes(f));
            }
        }
        return files;
    }

    private static byte[] bytes(SourceFile f) {
        return f.table() ? f.bytes() : f.content().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] zip(byte[] manifest, byte[] signature, Map<String, byte[]> files, Instant time) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            add(zip, BundleFormat.MANIFEST, manifest, time);
            if (signature != null) {
                add(zip, BundleFormat.SIGNATURE, signature, time);
            }
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                add(zip, f.getKey(), f.getValue(), time);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void add(ZipOutputStream zip, String name, byte[] bytes, Instant time) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setLastModifiedTime(FileTime.from(time));
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }
}
