package org.pledgescope.api.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.pledgescope.api.ApiTest;
import org.pledgescope.json.Json;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/**
 * JSON batches and NDJSON streams of 3,000 queries while the rule set is reloaded back and forth between two
 * revisions: each response is answered wholly by the rule set it started on, never partly by the next.
 */
class OneRevisionPerResponseTest extends ReloadTest {
    private static final int QUERIES = 3_000;
    private static final String QUERY = ApiTest.example().replace("\n", "");

    private String packYaml;

    /** Every revision a response has carried so far. */
    private final Set<String> observed = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** The revisions one response's answers carry. */
    private List<Set<String>> responses(boolean ndjson, AtomicBoolean running) throws Exception {
        String body = ndjson
                ? String.join("\n", Collections.nCopies(QUERIES, QUERY)) + "\n"
                : "[" + String.join(",", Collections.nCopies(QUERIES, QUERY)) + "]";
        List<Set<String>> out = new ArrayList<>();
        while (running.get() || out.size() < 3) {
            String answer = mvc.perform(post("/v1/coverage/batch")
                            .contentType(
                                    ndjson
                                            ? MediaType.parseMediaType("application/x-ndjson")
                                            : MediaType.APPLICATION_JSON)
                            .content(body))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            List<JsonNode> decisions = new ArrayList<>();
            if (ndjson) {
                answer.lines().forEach(line -> decisions.add(Json.MAPPER.readTree(line)));
            } else {
                Json.MAPPER.readTree(answer).forEach(decisions::add);
            }
            assertThat(decisions).hasSize(QUERIES);
            Set<String> revisions = new TreeSet<>();
            decisions.forEach(d -> revisions.add(d.path("rulesetRevision").asString()));
            out.add(revisions);
            observed.addAll(revisions);
        }
        return out;
    }

    /** Serves v1 with a comment of its pack.yaml changed: a revision of its own, with nothing to compile. */
    private String serveVariant(String comment) throws Exception {
        Path yaml = Path.of(RULES, "amazon-rekognition-moratorium", "pack.yaml");
        Files.writeString(yaml, packYaml + "\n# " + comment + "\n");
        MvcResult result = reload();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return JsonPath.read(result.getResponse().getContentAsString(), "$.revision");
    }

    @Test
    void aBatchOrStreamIsAnsweredByTheRuleSetItStartedOn() throws Exception {
        serve("v1");
        packYaml = Files.readString(Path.of(RULES, "amazon-rekognition-moratorium", "pack.yaml"));
        String v1 = serveVariant("a");
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(2);
        Future<List<Set<String>>> batches = clients.submit(() -> responses(false, running));
        Future<List<Set<String>>> streams = clients.submit(() -> responses(true, running));
        AtomicInteger reloads = new AtomicInteger();
        String v2 = null;
        // At least 10 reloads, and on until responses have been answered by both revisions (a reload that compiles
        // nothing is quick: 10 of them can be over before the first batch is).
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (reloads.get() < 10 || !observed.containsAll(List.of(v1, v2)) && System.nanoTime() < deadline) {
            v2 = serveVariant("b");
            serveVariant("a");
            reloads.addAndGet(2);
        }
        running.set(false);
        List<Set<String>> all = new ArrayList<>(batches.get());
        all.addAll(streams.get());
        clients.shutdown();

        System.out.println(all.size() + " responses during " + reloads + " reloads");
        assertThat(all).allSatisfy(revisions -> assertThat(revisions).hasSize(1));
        Set<String> seen = new TreeSet<>();
        all.forEach(seen::addAll);
        assertThat(seen).containsExactlyInAnyOrder(v1, v2);
    }
}
