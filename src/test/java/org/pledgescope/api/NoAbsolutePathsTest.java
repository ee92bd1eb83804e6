package org.pledgescope.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pledgescope.TestRules;
import org.pledgescope.json.Json;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * No answer given without the admin token holds an absolute path: not health (the probe found the disk-space
 * check's path there), not a metric of /actuator/metrics or /actuator/prometheus (disk.free and disk.total were
 * tagged with it), not the rule set, the pledges, the vocabulary or the API document. The rules directory and the
 * decision log are at absolute paths here, and the working directory is one too.
 */
@SpringBootTest(classes = ApiServer.class)
@AutoConfigureMockMvc
class NoAbsolutePathsTest {
    private static Path tmp;

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void paths(DynamicPropertyRegistry registry) throws IOException {
        tmp = Files.createTempDirectory("pledgescope-paths").toAbsolutePath();
        Path pack = Files.createDirectories(tmp.resolve("rules/minimal"));
        for (String file : List.of("pack.yaml", "rules.drl")) {
            Files.copy(TestRules.packs("valid/minimal/" + file), pack.resolve(file));
        }
        registry.add("pledgescope.rules", () -> tmp.resolve("rules").toString());
        registry.add(
                "pledgescope.decision-log",
                () -> tmp.resolve("decisions.ndjson").toString());
        registry.add("pledgescope.admin-token", () -> "paths-token");
    }

    private String body(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
    }

    private void assertNoPath(String path, String body) {
        assertThat(body)
                .as(path)
                .doesNotContain(tmp.toString())
                .doesNotContain(Path.of("").toAbsolutePath().toString())
                .doesNotContain(System.getProperty("java.io.tmpdir"))
                .doesNotContain(System.getProperty("user.home") + "/");
    }

    @Test
    void healthAndTheApiShowNoAbsolutePath() throws Exception {
        for (String path : List.of(
                "/actuator/health",
                "/actuator/health/readiness",
                "/actuator/health/liveness",
                "/actuator/info",
                "/v1/ruleset",
                "/v1/pledges",
                "/v1/pledges/minimal",
                "/v1/vocabulary",
                "/v3/api-docs")) {
            assertNoPath(path, body(path));
        }
        assertThat(body("/actuator/health")).contains("\"diskSpace\"").contains("\"free\"");
        assertThat(body("/v1/pledges/minimal")).contains("\"file\":\"minimal/rules.drl\"");
    }

    @Test
    void noMetricIsTaggedWithAnAbsolutePath() throws Exception {
        assertNoPath("/actuator/prometheus", body("/actuator/prometheus"));
        assertThat(body("/actuator/prometheus")).contains("disk_free_bytes{");
        List<String> names = new ArrayList<>();
        Json.MAPPER.readTree(body("/actuator/metrics")).get("names").forEach(n -> names.add(n.asString()));
        assertThat(names).contains("disk.free", "disk.total");
        for (String name : names) {
            String metric = body("/actuator/metrics/" + name);
            assertNoPath(name, metric);
        }
        assertThat(Json.MAPPER
                        .readTree(body("/actuator/metrics/disk.free"))
                        .at("/availableTags/0/values/0")
                        .asString())
                .isEqualTo(Path.of("").toAbsolutePath().getFileName().toString());
    }
}
