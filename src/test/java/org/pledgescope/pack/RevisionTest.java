package org.pledgescope.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A rule set's revision is {@code sha256:} over the vocabulary and every pack file, each named, in order; a table
 * by its bytes. The expected value was computed outside Java, so the format cannot drift unnoticed.
 */
class RevisionTest {
    @Test
    void theRevisionHashesEveryFileByNameAndContent() {
        SourceFile vocabulary = new SourceFile("rules/vocabulary.yaml", "vocabulary.yaml", "facts: {}");
        RulesLocation.PackFiles pack = new RulesLocation.PackFiles(
                "p",
                "rules/p",
                new SourceFile("rules/p/pack.yaml", "pack.yaml", "id: p # é"),
                List.of(
                        new SourceFile("rules/p/a.drl", "a.drl", "rule"),
                        SourceFile.table("rules/p/t.csv", "t.csv", new byte[] {1, 2, 0, (byte) 255})),
                List.of());
        assertThat(PackLoader.revision(vocabulary, List.of(pack)))
                .isEqualTo("sha256:e580bb5fa9b4bc1d6bb3976d69dade56fa2e046617e3416587ac43fc6dc04aa6");
    }
}
