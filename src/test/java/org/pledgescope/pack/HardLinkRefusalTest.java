package org.pledgescope.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgescope.TestRules;

/**
 * A file of the rules directory with more than one hard link may be the very file of another directory (the
 * probe linked {@code /etc/passwd} in and had its first word quoted back: {@code 'root' is not expected here}):
 * it is refused unread, whatever its name, and no error quotes it.
 */
class HardLinkRefusalTest {
    private static final String SECRET = "root:x:0:0:root:/root:/bin/bash";

    @TempDir
    Path tmp;

    private Path rules;
    private Path secret;

    @BeforeEach
    void layOut() throws IOException {
        rules = Files.createDirectories(tmp.resolve("rules"));
        secret = Files.writeString(tmp.resolve("passwd"), SECRET + "\n");
        Path pack = Files.createDirectories(rules.resolve("minimal"));
        try (Stream<Path> files = Files.list(TestRules.packs("valid/minimal"))) {
            for (Path f : files.toList()) {
                Files.copy(f, pack.resolve(f.getFileName()));
            }
        }
    }

    private String refusal() {
        PackLoadException e = catchThrowableOfType(
                PackLoadException.class, () -> new PackLoader().load(RulesLocation.resolve(rules)));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).doesNotContain("root").doesNotContain("bash");
        return e.getMessage();
    }

    @Test
    void aDrlHardLinkedToAFileOutsideIsRefusedUnread() throws IOException {
        Files.createLink(rules.resolve("minimal/extra.drl"), secret);
        assertThat(refusal()).contains("minimal/extra.drl: has 2 hard links; refused");
    }

    @Test
    void aPackYamlHardLinkedIsRefused() throws IOException {
        Files.delete(rules.resolve("minimal/pack.yaml"));
        Files.createLink(rules.resolve("minimal/pack.yaml"), secret);
        assertThat(refusal()).contains("minimal/pack.yaml: has 2 hard links; refused");
    }

    @Test
    void aVocabularyHardLinkedIsRefused() throws IOException {
        Files.createLink(rules.resolve("vocabulary.yaml"), secret);
        assertThat(refusal()).contains("vocabulary.yaml: has 2 hard links; refused");
    }

    @Test
    void aTableHardLinkedIsRefused() throws IOException {
        Path outside = tmp.resolve("elsewhere.csv");
        Files.copy(TestRules.packs("tables/csv/police-pledge/rules.csv"), outside);
        Files.createLink(rules.resolve("minimal/rules.csv"), outside);
        assertThat(refusal()).contains("minimal/rules.csv: has 2 hard links; refused");
    }
}
