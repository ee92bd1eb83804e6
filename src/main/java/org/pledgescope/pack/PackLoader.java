package org.pledgescope.pack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pledgescope.diagnostics.Problem;
import org.pledgescope.diagnostics.Problems;
import org.pledgescope.vocabulary.Fact;
import org.pledgescope.vocabulary.Vocabulary;
import org.pledgescope.vocabulary.VocabularyParser;

/** Reads and checks every pack's data; all or nothing: any problem fails the whole load. */
public final class PackLoader {

    /** The packs found at {@code location}, with the content hash of every file read; any problem is thrown. */
    public LoadedPacks load(RulesLocation location) {
        Reading reading = read(location);
        if (!reading.problems().isEmpty()) {
            throw new PackLoadException(reading.problems());
        }
        return reading.packs();
    }

    /**
     * The packs at {@code location} whose pack.yaml reads without a problem, and every problem of the others, so that
     * a caller can go on checking the good packs' rules and report everything of one load at once. A problem of the
     * shared vocabulary, or two packs declaring one fact differently, is thrown at once: no pack can be checked
     * against a vocabulary that does not read.
     */
    public Reading read(RulesLocation location) {
        List<RulesLocation.PackFiles> folders = location.read();
        SourceFile vocabularyFile = location.readVocabulary();
        Problems problems = new Problems();
        Vocabulary shared = new VocabularyParser(problems).parseFile(vocabularyFile.path(), vocabularyFile.content());
        if (!problems.isEmpty()) {
            throw new PackLoadException(problems.sorted());
        }
        List<Pack> packs = new ArrayList<>();
        if (folders.isEmpty()) {
            problems.add(location.describe(), 0, "no pack folders found (each pack is a folder with pack.yaml)");
        }
        List<String> notes = new ArrayList<>();
        for (RulesLocation.PackFiles folder : folders) {
            notes.addAll(folder.notes());
            if (folder.manifest() == null) {
                problems.add(folder.folder() + "pack.yaml", 0, "pack folder has no pack.yaml");
                continue;
            }
            Pack pack = new PackParser(problems).parse(folder.id(), folder.manifest(), folder.ruleFiles());
            if (pack != null) {
                packs.add(pack);
            }
        }
        Map<String, List<Fact>> declared = new LinkedHashMap<>();
        packs.forEach(p -> declared.put(p.id(), p.facts()));
        Problems conflicts = new Problems();
        Vocabulary vocabulary = shared.withPackFacts(declared, (packId, path, message) -> {
            SourceFile manifest = packs.stream()
                    .filter(p -> p.id().equals(packId))
                    .findFirst()
                    .orElseThrow()
                    .manifest();
            conflicts.add(manifest.path(), lineOf(manifest, path), message);
        });
        if (!conflicts.isEmpty()) {
            problems.addAll(conflicts.sorted());
            throw new PackLoadException(problems.sorted());
        }
        return new Reading(
                new LoadedPacks(List.copyOf(packs), vocabulary, revision(vocabularyFile, folders), List.copyOf(notes)),
                problems.sorted());
    }

    /** The packs that read without a problem, and the problems of those that did not (each as file:line: message). */
    public record Reading(LoadedPacks packs, List<Problem> problems) {}

    private static int lineOf(SourceFile file, String key) {
        String[] lines = file.content().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().startsWith(key + ":")) {
                return i + 1;
            }
        }
        return 0;
    }

    /** {@code sha256:<hex>} over every file's name and content, in a fixed order. */
    static String revision(SourceFile vocabulary, List<RulesLocation.PackFiles> folders) {
        Sha256 digest = Sha256.start().add(vocabulary.name() + "\n").part(vocabulary.content());
        for (RulesLocation.PackFiles folder : folders) {
            List<SourceFile> files = new ArrayList<>();
            if (folder.manifest() != null) {
                files.add(folder.manifest());
            }
            files.addAll(folder.ruleFiles());
            for (SourceFile f : files) {
                digest.add(folder.id() + "/" + f.name() + "\n");
                if (f.table()) {
                    digest.part(f.bytes());
                } else {
                    digest.part(f.content());
                }
            }
        }
        return "sha256:" + digest.hex();
    }

    /**
     * Packs that passed every check, the vocabulary with their facts, the revision naming exactly this content, and
     * notes on files skipped (editor backups).
     */
    public record LoadedPacks(List<Pack> packs, Vocabulary vocabulary, String revision, List<String> notes) {}
}
