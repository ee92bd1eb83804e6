package org.pledgescope.api.ruleset;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.pledgescope.api.ApiServer;
import org.pledgescope.api.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Serves a rules directory under target/ whose content the tests replace with the fixture packs in
 * src/test/resources/packs/ (v1, v2, broken) before reloading. Classes extending this share one context.
 */
@SpringBootTest(
        classes = ApiServer.class,
        properties = {"pledgescope.rules=" + ReloadTest.RULES, "pledgescope.admin-token=" + ApiTest.TOKEN})
@AutoConfigureMockMvc
abstract class ReloadTest {
    static final String RULES = "target/reload-test-rules";

    static {
        useFixture("v1");
    }

    @Autowired
    MockMvc mvc;

    /** Replaces the served directory's content with the fixture {@code name}. */
    static void useFixture(String name) {
        copyFixture(name, Path.of(RULES));
    }

    /** Makes {@code target} hold exactly the fixture packs {@code name}. */
    static void copyFixture(String name, Path target) {
        Path source = Path.of("src/test/resources/packs", name);
        try {
            if (Files.exists(target)) {
                try (Stream<Path> old = Files.walk(target)) {
                    for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            try (Stream<Path> files = Files.walk(source)) {
                for (Path p : files.toList()) {
                    Files.copy(p, target.resolve(source.relativize(p).toString()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    MvcResult reload() throws Exception {
        return mvc.perform(post("/v1/ruleset/reload").header("Authorization", "Bearer " + ApiTest.TOKEN))
                .andReturn();
    }

    /** Serves fixture {@code name} and returns its revision. */
    String serve(String name) throws Exception {
        useFixture(name);
        MvcResult result = reload();
        if (result.getResponse().getStatus() != 200) {
            throw new AssertionError(
                    "reload of " + name + " failed: " + result.getResponse().getContentAsString());
        }
        return JsonPath.read(result.getResponse().getContentAsString(), "$.revision");
    }
}
