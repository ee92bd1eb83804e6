package org.pledgescope.api.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.pledgescope.TestRules;
import org.pledgescope.api.ApiServer;
import org.pledgescope.api.ApiTest;
import org.pledgescope.bundle.BundleFixtures;
import org.pledgescope.json.Json;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A replica serving bundles from a file: not ready (503) until a bundle loads; then each new bundle published is
 * verified and swapped in; a tampered one is refused and the revision served keeps answering; health, the rule set's
 * view and the metrics show the revision, the last poll and the refusal.
 */
@SpringBootTest(
        classes = ApiServer.class,
        properties = {
            "pledgescope.bundle.poll=200ms",
            "pledgescope.admin-token=" + ApiTest.TOKEN,
            "management.prometheus.metrics.export.enabled=true"
        })
@AutoConfigureMockMvc
class BundlePollingTest {
    private static final Path DIR = tempDir();
    private static final Path BUNDLE = DIR.resolve("rules.bundle.zip");

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void bundleSource(DynamicPropertyRegistry registry) {
        registry.add("pledgescope.bundle.source", BUNDLE::toString);
        registry.add(
                "pledgescope.bundle.key",
                () -> BundleFixtures.KEYS.resolve("signing.pub").toString());
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("bundle-polling");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void removeTempDir() throws IOException {
        try (Stream<Path> files = Files.walk(DIR)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Publishes as an operator should: written beside, renamed into place. */
    private static void publish(byte[] archive) throws IOException {
        Path tmp = DIR.resolve("publishing.tmp");
        Files.write(tmp, archive);
        Files.move(tmp, BUNDLE, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private String json(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
    }

    private void await(String what, Check check) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!check.holds()) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    @FunctionalInterface
    private interface Check {
        boolean holds() throws Exception;
    }

    /** The revision served, or null while there is none. */
    private String served() throws Exception {
        return Json.MAPPER.readTree(json("/v1/ruleset")).path("revision").asString(null);
    }

    private String manifestRevision() throws Exception {
        return Json.MAPPER
                .readTree(json("/v1/ruleset"))
                .path("bundle")
                .path("manifest")
                .path("revision")
                .asString(null);
    }

    private MvcResult ask() throws Exception {
        return mvc.perform(post("/v1/coverage")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andReturn();
    }

    @Test
    void servesEachVerifiedBundleAndRefusesATamperedOne() throws Exception {
        // Nothing published yet: not ready, and health says why.
        await(
                "a first poll",
                () -> JsonPath.<String>read(
                                json("/actuator/health"), "$.components.rules.details.bundle.lastError.check")
                        .equals("fetch"));
        assertThat(mvc.perform(get("/actuator/health/readiness"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(503);
        assertThat(JsonPath.<String>read(json("/actuator/health"), "$.components.rules.details.reason"))
                .isEqualTo("no bundle has been loaded yet");
        assertThat(ask().getResponse().getStatus()).isEqualTo(503);

        // The first bundle: ready, serving its revision, its manifest in GET /v1/ruleset.
        String first = BundleFixtures.valid().manifest().revision();
        publish(BundleFixtures.valid().archive());
        // The swap comes a moment before the poller records the bundle's manifest: wait for both.
        await("the first bundle", () -> first.equals(served()) && first.equals(manifestRevision()));
        assertThat(mvc.perform(get("/actuator/health/readiness"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        String view = json("/v1/ruleset");
        assertThat(JsonPath.<String>read(view, "$.bundle.source")).isEqualTo(BUNDLE.toString());
        assertThat(JsonPath.<String>read(view, "$.bundle.manifest.revision")).isEqualTo(first);
        assertThat(JsonPath.<String>read(view, "$.bundle.manifest.createdAt")).isEqualTo("2026-11-20T09:30:00Z");
        assertThat(JsonPath.<List<String>>read(view, "$.bundle.manifest.files[*].path"))
                .contains("rules/minimal/rules.drl");
        assertThat(JsonPath.<String>read(view, "$.bundle.lastPoll.outcome")).isIn("loaded", "unchanged");
        MvcResult answer = ask();
        assertThat(answer.getResponse().getStatus()).isEqualTo(200);
        assertThat(answer.getResponse().getHeader(RevisionHeader.NAME)).isEqualTo(first);

        // A new bundle of other rules: swapped in, the first remembered as the previous revision.
        byte[] second = BundleFixtures.build(TestRules.packs("v1"), BundleFixtures.signingKey())
                .archive();
        String secondRevision = TestRules.load(TestRules.packs("v1")).revision();
        publish(second);
        await("the second bundle", () -> secondRevision.equals(served()));
        assertThat(JsonPath.<String>read(json("/v1/ruleset"), "$.previousRevision"))
                .isEqualTo(first);

        // A tampered bundle: refused, the second keeps serving, and health says which check failed.
        publish(BundleFixtures.altered(BundleFixtures.replace(
                "rules/minimal/rules.drl", drl -> drl.replace("MUNICIPAL_POLICE", "STATE_POLICE____"))));
        await(
                "the refusal",
                () -> "refused"
                        .equals(JsonPath.read(
                                json("/actuator/health"), "$.components.rules.details.bundle.lastPoll.outcome")));
        String health = json("/actuator/health");
        assertThat(JsonPath.<String>read(health, "$.components.rules.details.bundle.lastError.check"))
                .isEqualTo("files");
        assertThat(JsonPath.<String>read(health, "$.components.rules.details.bundle.lastError.message"))
                .contains("'rules/minimal/rules.drl' does not match its SHA-256");
        assertThat(JsonPath.<String>read(health, "$.components.rules.details.revision"))
                .isEqualTo(secondRevision);
        assertThat(JsonPath.<String>read(health, "$.status")).isEqualTo("UP");
        assertThat(served()).isEqualTo(secondRevision);
        assertThat(ask().getResponse().getHeader(RevisionHeader.NAME)).isEqualTo(secondRevision);

        String metrics = json("/actuator/prometheus");
        assertThat(metrics)
                .containsPattern("pledgescope_ruleset_age_seconds [0-9.E]+")
                .contains("pledgescope_ruleset_info{revision=\"" + secondRevision + "\"} 1")
                .doesNotContain("pledgescope_ruleset_info{revision=\"" + first + "\"}")
                .contains("pledgescope_bundle_polls_total{outcome=\"loaded\"} 2")
                .containsPattern("pledgescope_bundle_refusals_total\\{check=\"files\"} [1-9]");

        // Reloading over HTTP is for a rules directory: a replica's rules change only with a bundle.
        assertThat(mvc.perform(post("/v1/ruleset/reload").header("Authorization", "Bearer " + ApiTest.TOKEN))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(409);
    }
}
