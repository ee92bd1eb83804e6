package org.pledgescope.api.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.pledgescope.api.ApiServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** {@code --watch}: a change in the rules directory is picked up without a request. */
@SpringBootTest(
        classes = ApiServer.class,
        properties = {
            "pledgescope.rules=" + WatchReloadTest.RULES,
            "pledgescope.watch=true",
            "pledgescope.watch-debounce=200ms"
        })
class WatchReloadTest {
    static final String RULES = "target/watch-test-rules";
    private static final String PACK = "amazon-rekognition-moratorium/pack.yaml";

    static {
        Path target = Path.of(RULES);
        ReloadTest.copyFixture("v1", target);
    }

    @Autowired
    RuleSetHolder holder;

    @Test
    void aChangedFileIsReloaded() throws Exception {
        String before = holder.current().orElseThrow().revision();
        Files.copy(
                Path.of("src/test/resources/packs/v2", PACK),
                Path.of(RULES, PACK),
                StandardCopyOption.REPLACE_EXISTING);
        String after = before;
        for (int i = 0; i < 600 && after.equals(before); i++) {
            Thread.sleep(100);
            after = holder.current().orElseThrow().revision();
        }
        assertThat(after).isNotEqualTo(before);
        assertThat(holder.current()
                        .orElseThrow()
                        .pack("amazon-rekognition-moratorium")
                        .orElseThrow()
                        .pack()
                        .statement("amazon-2020-06-10")
                        .orElseThrow()
                        .term()
                        .until())
                .hasToString("2020-06-30");
    }
}
