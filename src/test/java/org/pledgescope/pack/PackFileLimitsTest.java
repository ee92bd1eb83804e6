package org.pledgescope.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgescope.TestRules;
import org.pledgescope.diagnostics.Problem;

/**
 * Every file of a rules directory has a size limit, checked before the file is read: a pack.yaml padded with a
 * 2 MiB comment (the probe's was 50 MB and loaded after 537 s), an oversized DRL, decision table or vocabulary is
 * refused with an error naming the file and the limit. The padded files are made from the valid fixture here (a
 * 2 MiB fixture would only weigh on the repository).
 */
class PackFileLimitsTest {
    private static final int TWO_MIB = 2 * 1024 * 1024;

    @TempDir
    Path rules;

    private Path copy(String fixture, String id) throws IOException {
        Path to = Files.createDirectories(rules.resolve(id));
        try (Stream<Path> files = Files.list(TestRules.packs(fixture))) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }

    private static void pad(Path file, String comment) throws IOException {
        Files.writeString(file, Files.readString(file) + "\n" + comment + " " + "x".repeat(TWO_MIB) + "\n");
    }

    private PackLoadException load() {
        return catchThrowableOfType(PackLoadException.class, () -> new PackLoader().load(RulesLocation.resolve(rules)));
    }

    @Test
    void aPackYamlOverItsLimitIsRefusedNamingTheFileAndTheLimit() throws IOException {
        pad(copy("valid/minimal", "minimal").resolve("pack.yaml"), "#");
        PackLoadException e = load();
        assertThat(e).isNotNull();
        assertThat(e.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        rules.resolve("minimal/pack.yaml") + ": " + Files.size(rules.resolve("minimal/pack.yaml"))
                                + " bytes, over the limit of 1 MiB for a YAML file; refused unread");
    }

    @Test
    void aDrlOverItsLimitIsRefused() throws IOException {
        pad(copy("valid/minimal", "minimal").resolve("rules.drl"), "//");
        assertThat(load().getMessage())
                .contains("minimal/rules.drl: ")
                .contains("over the limit of 1 MiB for a .drl file");
    }

    @Test
    void aCsvTableOverItsLimitIsRefused() throws IOException {
        pad(copy("tables/csv/police-pledge", "police-pledge").resolve("rules.csv"), "#");
        assertThat(load().getMessage())
                .contains("police-pledge/rules.csv: ")
                .contains("over the limit of 1 MiB for a .csv decision table");
    }

    @Test
    void aVocabularyOverItsLimitIsRefused() throws IOException {
        copy("valid/minimal", "minimal");
        Files.copy(Path.of("rules/vocabulary.yaml"), rules.resolve("vocabulary.yaml"));
        pad(rules.resolve("vocabulary.yaml"), "#");
        assertThat(load().getMessage())
                .contains("vocabulary.yaml: ")
                .contains("over the limit of 1 MiB for a YAML file");
    }

    @Test
    void filesWithinTheLimitsLoad() throws IOException {
        Path pack = copy("valid/minimal", "minimal");
        Files.writeString(
                pack.resolve("pack.yaml"),
                Files.readString(pack.resolve("pack.yaml")) + "# " + "x".repeat(500_000) + "\n");
        assertThat(new PackLoader().load(RulesLocation.resolve(rules)).packs()).hasSize(1);
    }
}
