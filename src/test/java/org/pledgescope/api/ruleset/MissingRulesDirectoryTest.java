package org.pledgescope.api.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.pledgescope.TestRules;
import org.pledgescope.api.ApiServer;
import org.pledgescope.api.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** {@code serve --watch} on a rules directory that does not exist yet: 503 and readiness DOWN, then serves it once it appears. */
@SpringBootTest(
        classes = ApiServer.class,
        properties = {
            "pledgescope.rules=" + MissingRulesDirectoryTest.DIR,
            "pledgescope.watch=true",
            "pledgescope.watch-debounce=100ms"
        })
@AutoConfigureMockMvc
class MissingRulesDirectoryTest {
    static final String DIR = "target/watch-missing-rules";

    static {
        delete(Path.of(DIR));
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    RuleSetHolder holder;

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void answers503UntilTheDirectoryAppearsThenServesIt() throws Exception {
        mvc.perform(post("/v1/coverage").contentType(MediaType.APPLICATION_JSON).content(ApiTest.example()))
                .andExpect(status().isServiceUnavailable());
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isServiceUnavailable());

        Path staging = Files.createDirectories(Path.of(DIR + ".staging/minimal"));
        try (Stream<Path> files = Files.list(TestRules.packs("valid/minimal"))) {
            for (Path f : files.toList()) {
                Files.copy(f, staging.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.move(staging.getParent(), Path.of(DIR));
        for (int i = 0; i < 300 && holder.current().isEmpty(); i++) {
            Thread.sleep(100);
        }
        assertThat(holder.current()).isPresent();
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
    }
}
