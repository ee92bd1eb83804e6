package org.pledgescope.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pledgescope.TestRules;

/** No file outside the rules directory is read: symbolic links out of it are refused, and never echoed. */
class SymlinkRefusalTest {
    private static final String SECRET = "root:x:0:0:root:/root:/bin/bash";
    private Path tmp;
    private Path rules;
    private Path secret;

    @BeforeEach
    void layOut() throws IOException {
        tmp = Files.createTempDirectory("pledgescope-symlinks");
        rules = Files.createDirectories(tmp.resolve("rules"));
        secret = Files.writeString(tmp.resolve("passwd"), SECRET + "\n");
        copy(TestRules.packs("valid/minimal"), rules.resolve("minimal"));
    }

    @AfterEach
    void cleanUp() throws IOException {
        try (Stream<Path> files = Files.walk(tmp)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }

    private PackLoadException load() {
        return catchThrowableOfType(PackLoadException.class, () -> new PackLoader().load(RulesLocation.resolve(rules)));
    }

    @Test
    void aDrlLinkedOutOfTheDirectoryIsRefusedUnread() throws IOException {
        Files.createSymbolicLink(rules.resolve("minimal/extra.drl"), secret);
        PackLoadException e = load();
        assertThat(e).isNotNull();
        assertThat(e.getMessage())
                .contains("minimal/extra.drl: a symbolic link that leads out of the rules directory")
                .doesNotContain("root")
                .doesNotContain(secret.toString());
    }

    @Test
    void aPackFolderLinkedOutOfTheDirectoryIsRefused() throws IOException {
        Path outside = tmp.resolve("elsewhere");
        copy(TestRules.packs("valid/minimal"), outside);
        Files.createSymbolicLink(rules.resolve("linked"), outside);
        assertThat(load().getMessage()).contains("linked: a symbolic link that leads out of the rules directory");
    }

    @Test
    void aVocabularyLinkedOutOfTheDirectoryIsRefusedUnread() throws IOException {
        Files.createSymbolicLink(rules.resolve("vocabulary.yaml"), secret);
        PackLoadException e = load();
        assertThat(e).isNotNull();
        assertThat(e.getMessage())
                .contains("vocabulary.yaml: a symbolic link that leads out of the rules directory")
                .doesNotContain("root")
                .doesNotContain(secret.toString());
    }

    @Test
    void aVocabularyLinkedToNothingIsAnErrorNotTheBundledOne() throws IOException {
        Files.createSymbolicLink(rules.resolve("vocabulary.yaml"), tmp.resolve("gone.yaml"));
        assertThat(load().getMessage()).contains("vocabulary.yaml: cannot read: no such file");
    }

    @Test
    void aLinkThatStaysInsideIsFollowed() throws IOException {
        Files.move(rules.resolve("minimal/rules.drl"), rules.resolve("shared.drl"));
        Files.createSymbolicLink(rules.resolve("minimal/rules.drl"), rules.resolve("shared.drl"));
        assertThat(new PackLoader().load(RulesLocation.resolve(rules)).packs()).hasSize(1);
    }
}
