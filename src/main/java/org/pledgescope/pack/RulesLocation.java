package org.pledgescope.pack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.pledgescope.diagnostics.Problem;
import org.pledgescope.text.Utf8;

/**
 * Where packs come from: a directory given with {@code --rules}, else {@code rules/} in the working
 * directory when it exists, else the packs bundled in the jar. Reads every pack folder's files.
 */
public final class RulesLocation {
    static final String BUNDLED = "bundled-rules";
    static final String VOCABULARY = "vocabulary.yaml";

    private final Path directory;
    /** The files of a rule set held in memory (a bundle's), by path relative to its root; null otherwise. */
    private final Map<String, byte[]> files;

    private final String description;
    private final String prefix;

    private RulesLocation(Path directory) {
        this(directory, null, null, null);
    }

    private RulesLocation(Path directory, Map<String, byte[]> files, String description, String prefix) {
        this.directory = directory;
        this.files = files;
        this.description = description;
        this.prefix = prefix;
    }

    /**
     * A rules directory held in memory: {@code files} by path relative to its root ({@code vocabulary.yaml},
     * {@code PACK/pack.yaml}, {@code PACK/rules.drl}, …), as a bundle carries them. Nothing else is read: there is no
     * fallback to the vocabulary bundled in the jar. Problems name a file as {@code prefix + path}; {@code description}
     * is what {@link #describe()} says.
     */
    public static RulesLocation inMemory(Map<String, byte[]> files, String description, String prefix) {
        return new RulesLocation(null, new TreeMap<>(files), description, prefix);
    }

    /** The explicit directory, or the default ({@code rules/} if present, else the bundled packs). */
    public static RulesLocation resolve(Path explicit) {
        if (explicit != null) {
            if (!Files.isDirectory(explicit)) {
                throw new PackLoadException(List.of(
                        new Problem(explicit.toString(), 0, "rules directory does not exist or is not a directory")));
            }
            return new RulesLocation(explicit);
        }
        Path local = Path.of("rules");
        return new RulesLocation(Files.isDirectory(local) ? local : null);
    }

    /** The packs bundled in the jar, wherever the process runs. */
    public static RulesLocation bundled() {
        return new RulesLocation(null);
    }

    /**
     * Writes every pack of this location and the vocabulary into {@code target} as a rules directory (each pack's
     * folder with its pack.yaml and rule files).
     */
    public void copyTo(Path target) throws IOException {
        Files.createDirectories(target);
        Files.writeString(target.resolve(VOCABULARY), readVocabulary().content(), StandardCharsets.UTF_8);
        for (PackFiles pack : read()) {
            Path folder = Files.createDirectories(target.resolve(pack.id()));
            if (pack.manifest() != null) {
                Files.writeString(folder.resolve("pack.yaml"), pack.manifest().content(), StandardCharsets.UTF_8);
            }
            for (SourceFile file : pack.ruleFiles()) {
                Path to = folder.resolve(file.name());
                if (file.table()) {
                    Files.write(to, file.bytes());
                } else {
                    Files.writeString(to, file.content(), StandardCharsets.UTF_8);
                }
            }
        }
    }

    /** The directory to watch for changes, or null when the packs come from the jar. */
    public Path directory() {
        return directory;
    }

    public String describe() {
        if (files != null) {
            return description;
        }
        return directory == null ? "the packs bundled in the jar" : directory.toString();
    }

    /** Reads every pack folder: {@code pack.yaml}, its {@code .drl} files and decision tables, sorted by name. */
    public List<PackFiles> read() {
        if (files != null) {
            return readMemory();
        }
        if (directory != null) {
            return readTree(directory, directory.toString());
        }
        URL url = RulesLocation.class.getClassLoader().getResource(BUNDLED);
        if (url == null) {
            throw new PackLoadException(List.of(new Problem(
                    BUNDLED, 0, "no rules/ directory here and no packs bundled in the jar; pass --rules DIR")));
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return readTree(fs.getPath(BUNDLED), "bundled:");
            }
            return readTree(Path.of(uri), "bundled:");
        } catch (URISyntaxException | IOException e) {
            throw new UncheckedIOException(new IOException("cannot read bundled packs: " + e.getMessage(), e));
        }
    }

    /**
     * The shared vocabulary: {@code vocabulary.yaml} beside the pack folders, else the one bundled in the jar
     * (so a directory of test packs need not repeat it).
     */
    public SourceFile readVocabulary() {
        if (files != null) {
            byte[] vocabulary = files.get(VOCABULARY);
            if (vocabulary == null) {
                throw new PackLoadException(
                        List.of(new Problem(prefix + VOCABULARY, 0, "no vocabulary.yaml in " + description)));
            }
            return new SourceFile(prefix + VOCABULARY, VOCABULARY, text(prefix + VOCABULARY, vocabulary));
        }
        if (directory != null) {
            Path file = directory.resolve(VOCABULARY);
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                String label = file.toString();
                RulesFileReader reader;
                try {
                    reader = new RulesFileReader(directory.toRealPath());
                } catch (IOException e) {
                    throw new PackLoadException(
                            List.of(new Problem(directory.toString(), 0, "cannot read: " + RulesFileReader.words(e))));
                }
                String content = reader.text(file, label);
                if (content == null) {
                    throw new PackLoadException(reader.refused());
                }
                return new SourceFile(label, VOCABULARY, content);
            }
        }
        try (var in = RulesLocation.class.getClassLoader().getResourceAsStream(BUNDLED + "/" + VOCABULARY)) {
            if (in == null) {
                throw new PackLoadException(List.of(
                        new Problem(VOCABULARY, 0, "no vocabulary.yaml beside the packs and none bundled in the jar")));
            }
            return new SourceFile("bundled:" + VOCABULARY, VOCABULARY, Utf8.decode(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<PackFiles> readTree(Path root, String label) {
        List<PackFiles> packs = new ArrayList<>();
        boolean onDisk = !label.equals("bundled:");
        RulesFileReader reader;
        try (Stream<Path> dirs = Files.list(root)) {
            reader = new RulesFileReader(onDisk ? root.toRealPath() : null);
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                String id = dir.getFileName().toString().replace("/", "");
                String prefix = onDisk ? Path.of(label, id) + "/" : "bundled:" + id + "/";
                if (!reader.inside(dir, onDisk ? Path.of(label, id).toString() : prefix)) {
                    continue;
                }
                SourceFile manifest = null;
                List<SourceFile> rules = new ArrayList<>();
                List<String> notes = new ArrayList<>();
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path f : files.sorted().toList()) {
                        String name = f.getFileName().toString();
                        if (!name.equals("pack.yaml") && !isRuleFile(name)) {
                            continue;
                        }
                        if (isEditorLeftover(name)) {
                            if (Files.isRegularFile(f)) {
                                notes.add(
                                        prefix + name + ": skipped (an editor's backup or lock file, not a rule file)");
                            }
                        } else if (SourceFile.isTableName(name)) {
                            byte[] bytes = reader.bytes(f, prefix + name);
                            if (bytes != null) {
                                rules.add(SourceFile.table(prefix + name, name, bytes));
                            }
                        } else {
                            String text = reader.text(f, prefix + name);
                            if (text != null && name.equals("pack.yaml")) {
                                manifest = new SourceFile(prefix + name, name, text);
                            } else if (text != null) {
                                rules.add(new SourceFile(prefix + name, name, text));
                            }
                        }
                    }
                }
                packs.add(new PackFiles(id, prefix, manifest, List.copyOf(rules), List.copyOf(notes)));
            }
        } catch (IOException e) {
            throw new PackLoadException(List.of(new Problem(label, 0, "cannot read: " + RulesFileReader.words(e))));
        }
        if (!reader.refused().isEmpty()) {
            throw new PackLoadException(reader.refused());
        }
        return packs;
    }

    /** The pack folders of a rule set in memory, read as {@link #readTree} reads them from a directory. */
    private List<PackFiles> readMemory() {
        Map<String, Map<String, byte[]>> folders = new TreeMap<>();
        files.forEach((path, bytes) -> {
            String[] parts = path.split("/", -1);
            if (parts.length == 2 && !parts[0].isEmpty() && !parts[1].isEmpty()) {
                folders.computeIfAbsent(parts[0], k -> new TreeMap<>()).put(parts[1], bytes);
            }
        });
        List<PackFiles> packs = new ArrayList<>();
        folders.forEach((id, folder) -> {
            String at = prefix + id + "/";
            SourceFile manifest = null;
            List<SourceFile> rules = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            for (Map.Entry<String, byte[]> f : folder.entrySet()) {
                String name = f.getKey();
                if (name.equals("pack.yaml")) {
                    manifest = new SourceFile(at + name, name, text(at + name, f.getValue()));
                } else if (!isRuleFile(name)) {
                    continue;
                } else if (isEditorLeftover(name)) {
                    notes.add(at + name + ": skipped (an editor's backup or lock file, not a rule file)");
                } else if (name.endsWith(".drl")) {
                    rules.add(new SourceFile(at + name, name, text(at + name, f.getValue())));
                } else {
                    rules.add(SourceFile.table(at + name, name, f.getValue()));
                }
            }
            packs.add(new PackFiles(id, at, manifest, List.copyOf(rules), List.copyOf(notes)));
        });
        return packs;
    }

    /** A file's bytes as UTF-8, strictly (as {@link Files#readString} reads a file on disk). */
    private static String text(String path, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new PackLoadException(List.of(new Problem(path, 0, "cannot read: not UTF-8 text")));
        }
    }

    static final String OUTSIDE = "a symbolic link that leads out of the rules directory; refused (packs are read "
            + "only from files inside it)";

    /** Whether {@code path}, with every symbolic link followed, is still inside the rules directory. */
    private static boolean inside(Path path, Path realRoot) throws IOException {
        return path.toRealPath().startsWith(realRoot);
    }

    /** A file the loader reads as rules (DRL or a decision table), or an editor's leftover of one. */
    private static boolean isRuleFile(String name) {
        String base = name.endsWith("~") ? name.substring(0, name.length() - 1) : name;
        return base.endsWith(".drl") || SourceFile.isTableName(base) || base.endsWith("#") || name.startsWith(".#");
    }

    /** Editor backups and lock files: {@code x.bak.drl}, {@code x.drl~}, {@code .#x.drl}, {@code ~$x.xlsx}, {@code .~lock.x.xlsx#}. */
    static boolean isEditorLeftover(String name) {
        return name.endsWith("~")
                || name.startsWith(".#")
                || name.startsWith("~$")
                || name.startsWith(".~lock.")
                || name.endsWith("#")
                || name.contains(".bak.")
                || name.endsWith(".bak")
                || name.contains(".orig.");
    }

    /**
     * The raw files of one pack folder; {@code manifest} is null when the folder has no pack.yaml; {@code notes} name
     * the files skipped.
     */
    public record PackFiles(
            String id, String folder, SourceFile manifest, List<SourceFile> ruleFiles, List<String> notes) {}
}
