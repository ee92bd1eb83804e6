package org.pledgescope.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgescope.TestRules;

/**
 * A reload after an edit that changes what a pack.yaml says only to its reader (a comment) keeps the pack's compiled
 * rules and its decision table, filled as far as it was, under the edited pack; an edit of the record itself (a
 * statement, a title) or of a rule file does not.
 */
class MeaningPreservingEditTest {
    private static final String PACK = "ibm-facial-recognition-exit";

    @Test
    void aCommentKeepsTheTableAndTheRecordEditsDoNot(@TempDir Path dir) throws IOException {
        TestRules.copyTree(Path.of("rules"), dir);
        RuleSetLoader loader = new RuleSetLoader(TestRules.CLOCK);
        RuleSet first = loader.load(dir);
        PackEngine before = first.engine(PACK);
        Path yaml = dir.resolve(PACK).resolve("pack.yaml");

        Files.writeString(yaml, "\n# a reader's note\n", StandardOpenOption.APPEND);
        RuleSet commented = loader.reload(dir, first);

        assertThat(commented.revision()).isNotEqualTo(first.revision());
        PackEngine after = commented.engine(PACK);
        assertThat(after.table()).isNotNull().isSameAs(before.table());
        assertThat(after.pack().manifest().content()).contains("# a reader's note");
        assertThat(after.pack().sameMeaning(before.pack())).isTrue();

        String text = Files.readString(yaml);
        Files.writeString(yaml, text.replaceFirst("(?m)^title: IBM's", "title: IBM’s"));
        RuleSet retitled = loader.reload(dir, commented);
        assertThat(retitled.engine(PACK).table()).isNotSameAs(before.table());
        assertThat(retitled.engine(PACK).pack().title()).startsWith("IBM’s");
    }

    @Test
    void aPackKeptAcrossManyEditsDoesNotHoldTheEnginesBeforeIt(@TempDir Path dir) throws Exception {
        TestRules.copyTree(Path.of("rules"), dir);
        RuleSetLoader loader = new RuleSetLoader(TestRules.CLOCK);
        RuleSet current = loader.load(dir);
        java.lang.ref.WeakReference<PackEngine> first = new java.lang.ref.WeakReference<>(current.engine(PACK));
        Path yaml = dir.resolve(PACK).resolve("pack.yaml");
        for (int edit = 0; edit < 3; edit++) {
            Files.writeString(yaml, "\n# note " + edit + "\n", StandardOpenOption.APPEND);
            current = loader.reload(dir, current);
        }
        assertThat(current.engine(PACK).table()).isNotNull();

        for (int i = 0; i < 50 && first.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertThat(first.get()).as("the first engine, three edits ago").isNull();
    }
}
