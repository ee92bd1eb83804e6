package org.pledgescope.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.drools.base.util.Drools;
import org.pledgescope.pack.Pack;
import org.pledgescope.pack.Sha256;
import org.pledgescope.pack.SourceFile;

/**
 * Compiled rule modules (kjars) on disk, keyed by everything that determines them: the pack's DRL files,
 * the Drools version and the classes the rules are compiled against ({@code engine.facts}).
 * Compiling a pack with the executable model takes seconds; loading its kjar, a fraction of one. An entry
 * is written once, atomically, and only for a pack that compiled and passed every check, so a hit can only
 * ever reproduce a good build. Anything unreadable is treated as a miss.
 *
 * <p>A stored kjar is code the service will run, so an entry is trusted only as far as its directory: the
 * directory is created owner-only (POSIX {@code 700}; an existing one of ours is made so, one owned by another user
 * is not used), and each entry {@code KEY.jar} has a {@code KEY.sha256} beside it recording a digest of its key
 * and its bytes. An entry whose digest does not match (copied over another, truncated, edited) is a miss: the pack
 * is compiled afresh and the entry written again.
 *
 * <p>Location: the system property {@code pledgescope.cache}, else the environment variable
 * {@code PLEDGESCOPE_CACHE}, else {@code $XDG_CACHE_HOME/pledgescope}, else {@code ~/.cache/pledgescope};
 * the value {@code off} disables the cache.
 */
public final class CompiledRulesCache {
    private static final String FORMAT = "pledgescope-kjar-1";
    private static final int HASH_CHARS = 32;
    /** Entries kept per pack: the newest, so switching between recent revisions stays fast. */
    static final int KEEP_PER_PACK = 8;

    private final Path dir;

    private CompiledRulesCache(Path dir) {
        this.dir = dir;
    }

    /** The cache configured for this process; {@link #disabled()} when set to {@code off}. */
    public static CompiledRulesCache configured() {
        String setting = System.getProperty("pledgescope.cache", System.getenv("PLEDGESCOPE_CACHE"));
        if (setting != null && !setting.isBlank()) {
            return setting.strip().equalsIgnoreCase("off")
                    ? disabled()
                    : new CompiledRulesCache(Path.of(setting.strip()));
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return new CompiledRulesCache(base.resolve("pledgescope"));
    }

    public static CompiledRulesCache at(Path dir) {
        return new CompiledRulesCache(dir);
    }

    public static CompiledRulesCache disabled() {
        return new CompiledRulesCache(null);
    }

    /** The key naming this pack's compiled rules. */
    public String key(Pack pack) {
        Sha256 digest = Sha256.start()
                .part(FORMAT)
                .part(Drools.getFullVersion())
                .part(CodeFingerprint.ofFactClasses())
                .part(pack.id());
        for (SourceFile drl : pack.ruleFiles()) {
            digest.part(drl.name()).part(drl.content());
        }
        return pack.id() + "-" + digest.hex().substring(0, HASH_CHARS);
    }

    /**
     * Whether entries can be used: the cache is on, and the code the rules compile against could be read (a
     * key without it could name rules compiled against other classes).
     */
    private boolean usable() {
        return dir != null && !CodeFingerprint.ofFactClasses().equals(CodeFingerprint.UNKNOWN);
    }

    /** The bytes of the stored kjar for {@code key}, if there is one and it matches the digest recorded with it. */
    public Optional<byte[]> read(String key) {
        return read(key, ".jar", ".sha256");
    }

    /**
     * The bytes of another compiled artifact stored under {@code key} (a pack's decision table: {@code kind}
     * {@code "table"}), if there is one and it matches the digest recorded with it.
     */
    public Optional<byte[]> readArtifact(String key, String kind) {
        return read(key, "." + kind, "." + kind + ".sha256");
    }

    private Optional<byte[]> read(String key, String extension, String sidecar) {
        if (!usable() || !CacheDirectory.trusted(dir)) {
            return Optional.empty();
        }
        try {
            Path file = dir.resolve(key + extension);
            Path recorded = dir.resolve(key + sidecar);
            if (!Files.isRegularFile(file) || !Files.isRegularFile(recorded)) {
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            boolean matches = MessageDigest.isEqual(
                    digest(key, bytes).getBytes(StandardCharsets.US_ASCII),
                    Files.readString(recorded).strip().getBytes(StandardCharsets.US_ASCII));
            return matches ? Optional.of(bytes) : Optional.empty();
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /** The digest recorded with an entry: SHA-256 over its key and its bytes. */
    private static String digest(String key, byte[] kjar) {
        return Sha256.start().part(key).add(kjar).hex();
    }

    /**
     * Stores a kjar, then drops all but the {@link #KEEP_PER_PACK} newest entries of the same pack. Best effort:
     * a cache that cannot be written only costs the next run a compile.
     */
    public void store(String key, byte[] kjar) {
        store(key, ".jar", ".sha256", kjar);
    }

    /** Stores another compiled artifact under {@code key} (see {@link #readArtifact}); best effort, as a kjar. */
    public void storeArtifact(String key, String kind, byte[] bytes) {
        store(key, "." + kind, "." + kind + ".sha256", bytes);
    }

    private void store(String key, String extension, String sidecar, byte[] bytes) {
        if (!usable()) {
            return;
        }
        Path tmp = null;
        try {
            CacheDirectory.create(dir);
            if (!CacheDirectory.trusted(dir)) {
                return;
            }
            tmp = Files.createTempFile(dir, key, ".tmp");
            Files.write(tmp, bytes);
            move(tmp, dir.resolve(key + extension));
            Files.writeString(tmp, digest(key, bytes) + "\n");
            move(tmp, dir.resolve(key + sidecar));
            prune(key.substring(0, key.length() - HASH_CHARS - 1), extension, sidecar);
        } catch (IOException | UncheckedIOException e) {
            // best effort, see above
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // left for the next store of this key
                }
            }
        }
    }

    /** Whether the cache is on (entries can be read and written). */
    public boolean enabled() {
        return usable();
    }

    /**
     * A digest of the application's own classes and the Drools version: a compiled artifact derived by this code (a
     * decision table) is keyed by it, so a build that changes how tables are made never reads an old one.
     */
    public static String codeVersion() {
        return Drools.getFullVersion() + "/" + CodeFingerprint.ofApplication();
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void prune(String packId, String extension, String sidecar) throws IOException {
        Pattern entry =
                Pattern.compile(Pattern.quote(packId) + "-[0-9a-f]{" + HASH_CHARS + "}" + Pattern.quote(extension));
        List<Path> entries;
        try (Stream<Path> files = Files.list(dir)) {
            entries = files.filter(
                            p -> entry.matcher(p.getFileName().toString()).matches())
                    .toList();
        }
        Map<Path, FileTime> modified = new HashMap<>();
        for (Path p : entries) {
            modified.put(p, Files.getLastModifiedTime(p));
        }
        List<Path> newestFirst = entries.stream()
                .sorted(Comparator.comparing((Path p) -> modified.get(p))
                        .reversed()
                        .thenComparing(Path::toString))
                .toList();
        for (Path old : newestFirst.subList(Math.min(KEEP_PER_PACK, newestFirst.size()), newestFirst.size())) {
            Files.deleteIfExists(old);
            String name = old.getFileName().toString();
            Files.deleteIfExists(old.resolveSibling(name.substring(0, name.length() - extension.length()) + sidecar));
        }
    }

    /** Drops an entry that could not be loaded. */
    public void evict(String key) {
        if (dir != null) {
            try {
                Files.deleteIfExists(dir.resolve(key + ".jar"));
                Files.deleteIfExists(dir.resolve(key + ".sha256"));
            } catch (IOException e) {
                // a later store replaces it
            }
        }
    }
}
