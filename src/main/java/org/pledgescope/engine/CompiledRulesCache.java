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
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
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
 *
 * <p>Entries can also be held in memory, as named files ({@code KEY.jar}): a cache that {@linkplain #exporting
 * exports} holds every entry it reads or stores, so that a rule bundle can carry the compiled form of its packs; a
 * cache {@linkplain #holding holding} a bundle's verified files reads only them and never touches a disk. Every file
 * an entry is made of has a suffix in {@link #ARTIFACTS} and is read and stored through {@link #readArtifact} and
 * {@link #storeArtifact}: an artifact added to an entry travels in bundles by being listed there.
 */
public final class CompiledRulesCache {
    private static final String FORMAT = "pledgescope-kjar-1";
    private static final int HASH_CHARS = 32;
    /** Entries kept per pack: the newest, so switching between recent revisions stays fast. */
    static final int KEEP_PER_PACK = 8;

    /**
     * The files an entry is made of, by suffix ({@code KEY.jar}: the compiled rule module; {@code KEY.table}: a pack's
     * decision table, under a key of its own). What a bundle carries of each pack, so a replica neither compiles nor
     * builds a table.
     */
    public static final List<String> ARTIFACTS = List.of(".jar", ".table");

    private final Path dir;
    /** Entries held in memory, by file name ({@code KEY.jar}); null when none are. */
    private final Map<String, byte[]> held;

    private CompiledRulesCache(Path dir) {
        this(dir, null);
    }

    private CompiledRulesCache(Path dir, Map<String, byte[]> held) {
        this.dir = dir;
        this.held = held;
    }

    /**
     * {@code backing}, holding in memory every entry read from it or stored into it, for {@link #exported()}: what a
     * bundle of the packs compiled with it carries.
     */
    public static CompiledRulesCache exporting(CompiledRulesCache backing) {
        return new CompiledRulesCache(backing.dir, new ConcurrentHashMap<>());
    }

    /**
     * A cache of {@code files} only (named {@code KEY.jar}, as {@link #exported()} names them), held in memory: nothing
     * is read from or written to a disk. A pack whose entry is not among them is compiled and held with them.
     */
    public static CompiledRulesCache holding(Map<String, byte[]> files) {
        Map<String, byte[]> copy = new ConcurrentHashMap<>();
        files.forEach((name, bytes) -> copy.put(name, bytes.clone()));
        return new CompiledRulesCache(null, copy);
    }

    /** The entries held in memory, by file name, sorted; empty when this cache holds none. */
    public Map<String, byte[]> exported() {
        Map<String, byte[]> files = new TreeMap<>();
        if (held != null) {
            held.forEach((name, bytes) -> files.put(name, bytes.clone()));
        }
        return files;
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
        return (dir != null || held != null) && !CodeFingerprint.ofFactClasses().equals(CodeFingerprint.UNKNOWN);
    }

    /** The bytes of the stored kjar for {@code key}, if there is one and it matches the digest recorded with it. */
    public Optional<byte[]> read(String key) {
        return readArtifact(key, ".jar");
    }

    /**
     * The file {@code KEY + suffix} of an entry: from memory when held there, else from disk if it matches the digest
     * recorded beside it (then held too, when this cache holds what it reads).
     */
    public Optional<byte[]> readArtifact(String key, String suffix) {
        if (!usable()) {
            return Optional.empty();
        }
        if (held != null && held.containsKey(key + suffix)) {
            return Optional.of(held.get(key + suffix).clone());
        }
        if (dir == null || !CacheDirectory.trusted(dir)) {
            return Optional.empty();
        }
        Optional<byte[]> read = readFromDisk(key, suffix);
        if (held != null) {
            read.ifPresent(bytes -> held.put(key + suffix, bytes.clone()));
        }
        return read;
    }

    private Optional<byte[]> readFromDisk(String key, String suffix) {
        try {
            Path file = dir.resolve(key + suffix);
            Path recorded = sidecar(key, suffix);
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

    /** Where the digest of {@code KEY + suffix} is recorded: {@code KEY.sha256} for the kjar, as always. */
    private Path sidecar(String key, String suffix) {
        return dir.resolve(suffix.equals(".jar") ? key + ".sha256" : key + suffix + ".sha256");
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
        storeArtifact(key, ".jar", kjar);
    }

    /**
     * Stores the file {@code KEY + suffix} of an entry (held in memory too, when this cache holds entries), with its
     * digest beside it; storing the kjar drops all but the newest entries of the pack. Best effort, as {@link #store}.
     */
    public void storeArtifact(String key, String suffix, byte[] bytes) {
        if (!usable()) {
            return;
        }
        if (held != null) {
            held.put(key + suffix, bytes.clone());
        }
        if (dir == null) {
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
            move(tmp, dir.resolve(key + suffix));
            Files.writeString(tmp, digest(key, bytes) + "\n");
            move(tmp, sidecar(key, suffix));
            prune(key.substring(0, key.length() - HASH_CHARS - 1), suffix);
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

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Drops all but the newest {@link #KEEP_PER_PACK} files {@code PACK-HASH + suffix} and what belongs with them. */
    private void prune(String packId, String suffix) throws IOException {
        Pattern entry =
                Pattern.compile(Pattern.quote(packId) + "-[0-9a-f]{" + HASH_CHARS + "}" + Pattern.quote(suffix));
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
            String name = old.getFileName().toString();
            String key = name.substring(0, name.length() - suffix.length());
            if (suffix.equals(".jar")) {
                deleteFiles(key);
            } else {
                Files.deleteIfExists(old);
                Files.deleteIfExists(sidecar(key, suffix));
            }
        }
    }

    /** Deletes every file of an entry and their digests. */
    private void deleteFiles(String key) throws IOException {
        for (String suffix : ARTIFACTS) {
            Files.deleteIfExists(dir.resolve(key + suffix));
            Files.deleteIfExists(sidecar(key, suffix));
        }
    }

    /** Whether entries can be read and written (the cache is on, on disk or in memory). */
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

    /** Drops an entry that could not be loaded. */
    public void evict(String key) {
        if (held != null) {
            ARTIFACTS.forEach(suffix -> held.remove(key + suffix));
        }
        if (dir != null) {
            try {
                deleteFiles(key);
            } catch (IOException e) {
                // a later store replaces it
            }
        }
    }
}
