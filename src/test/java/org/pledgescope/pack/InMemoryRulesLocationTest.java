package org.pledgescope.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A rules directory held in memory (a bundle's files) reads as the same directory on disk: the same packs, files and
 * revision; it has no fallback to the jar's vocabulary, and a file that is not UTF-8 is a problem naming it.
 */
class InMemoryRulesLocationTest {
    private static Map<String, byte[]> filesOf(Path root) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }

    @Test
    void readsThePacksAndRevisionOfTheSameDirectoryOnDisk() throws IOException {
        Path rules = Path.of("rules");
        PackLoader.LoadedPacks onDisk = new PackLoader().load(RulesLocation.resolve(rules));
        PackLoader.LoadedPacks inMemory =
                new PackLoader().load(RulesLocation.inMemory(filesOf(rules), "bundle x", "rules/"));

        assertThat(inMemory.revision()).isEqualTo(onDisk.revision());
        assertThat(inMemory.packs()).isEqualTo(onDisk.packs());
        assertThat(inMemory.vocabulary()).isEqualTo(onDisk.vocabulary());
    }

    @Test
    void aVocabularyIsNeverTakenFromTheJar() throws IOException {
        Map<String, byte[]> files = filesOf(Path.of("rules"));
        files.remove("vocabulary.yaml");
        RulesLocation location = RulesLocation.inMemory(files, "bundle x", "rules/");

        assertThatThrownBy(() -> new PackLoader().load(location))
                .isInstanceOfSatisfying(
                        PackLoadException.class,
                        e -> assertThat(e.problems())
                                .singleElement()
                                .hasToString("rules/vocabulary.yaml: no vocabulary.yaml in bundle x"));
    }

    @Test
    void aFileThatIsNotUtf8IsAProblemNamingIt() throws IOException {
        Map<String, byte[]> files = filesOf(Path.of("src/test/resources/packs/valid"));
        files.put(
                "vocabulary.yaml",
                Files.readString(Path.of("rules/vocabulary.yaml")).getBytes(StandardCharsets.UTF_8));
        files.put("minimal/rules.drl", new byte[] {'p', (byte) 0xff, (byte) 0xfe});
        RulesLocation location = RulesLocation.inMemory(files, "bundle x", "rules/");

        assertThatThrownBy(() -> new PackLoader().load(location))
                .isInstanceOfSatisfying(
                        PackLoadException.class,
                        e -> assertThat(e.problems())
                                .singleElement()
                                .hasToString("rules/minimal/rules.drl: cannot read: not UTF-8 text"));
    }
}
