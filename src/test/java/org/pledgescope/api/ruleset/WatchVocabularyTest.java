package org.pledgescope.api.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.pledgescope.api.ApiServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A value added to vocabulary.yaml is served by a running {@code serve --watch}: no Java change, no rebuild. */
@SpringBootTest(
        classes = ApiServer.class,
        properties = {
            "pledgescope.rules=" + WatchVocabularyTest.RULES,
            "pledgescope.watch=true",
            "pledgescope.watch-debounce=200ms"
        })
class WatchVocabularyTest {
    static final String RULES = "target/watch-vocabulary-rules";

    static {
        ReloadTest.copyFixture("v1", Path.of(RULES));
    }

    @Autowired
    RuleSetHolder holder;

    @Test
    void aNewValueInTheVocabularyIsServedAfterTheSave() throws Exception {
        assertThat(holder.current()
                        .orElseThrow()
                        .vocabulary()
                        .fact("purpose")
                        .orElseThrow()
                        .hasValue("PROTEST_MONITORING"))
                .isFalse();
        String vocabulary = Files.readString(Path.of("rules/vocabulary.yaml"))
                .replace(
                        "      OTHER: Any other purpose.",
                        "      PROTEST_MONITORING: Watching a protest or a demonstration.\n      OTHER: Any other purpose.");
        Files.writeString(Path.of(RULES, "vocabulary.yaml"), vocabulary);

        boolean served = false;
        for (int i = 0; i < 600 && !served; i++) {
            Thread.sleep(100);
            served = holder.current()
                    .orElseThrow()
                    .vocabulary()
                    .fact("purpose")
                    .orElseThrow()
                    .hasValue("PROTEST_MONITORING");
        }
        assertThat(served).isTrue();
    }
}
