package org.pledgescope.api.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.pledgescope.api.ApiTest;
import org.pledgescope.json.Json;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** Reloads swap rule sets while requests run: none fails, and each answer is wholly one revision's. */
class HotReloadSwapTest extends ReloadTest {
    /** A police face search on 2020-07-15: inside v1's first term (COVERED), after v2's (NOT_COVERED). */
    private static final String QUERY = ApiTest.example();

    record Answer(int status, String revision, String verdict, String termUntil) {}

    @Test
    void requestsInFlightSeeOneRuleSetOrTheOtherNeverAMix() throws Exception {
        String v1 = serve("v1");
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<List<Answer>>> futures = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            futures.add(clients.submit(() -> {
                List<Answer> answers = new ArrayList<>();
                for (int i = 0; i < 100_000 && (running.get() || answers.size() < 20); i++) {
                    var response = mvc.perform(post("/v1/coverage")
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content(QUERY))
                            .andReturn()
                            .getResponse();
                    JsonNode d = Json.MAPPER.readTree(response.getContentAsString());
                    JsonNode r = d.path("results").path(0);
                    answers.add(new Answer(
                            response.getStatus(),
                            d.path("rulesetRevision").asString(),
                            r.path("verdict").asString(),
                            r.path("term").path("until").asString()));
                }
                return answers;
            }));
        }
        String v2 = serve("v2");
        String back = serve("v1");
        running.set(false);
        List<Answer> all = new ArrayList<>();
        for (Future<List<Answer>> f : futures) {
            all.addAll(f.get());
        }
        clients.shutdown();

        assertThat(v2).isNotEqualTo(v1);
        assertThat(back).isEqualTo(v1);
        Map<String, Answer> expected = Map.of(
                v1, new Answer(200, v1, "COVERED", "2021-06-09"),
                v2, new Answer(200, v2, "NOT_COVERED", "2020-06-30"));
        assertThat(all).isNotEmpty().allSatisfy(a -> assertThat(a).isEqualTo(expected.get(a.revision())));
        assertThat(all).extracting(Answer::revision).contains(v1, v2);
    }
}
