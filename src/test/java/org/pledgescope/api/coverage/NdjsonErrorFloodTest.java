package org.pledgescope.api.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.pledgescope.api.ApiTest;
import org.pledgescope.json.Json;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/**
 * Error lines are bounded: an NDJSON stream of lines that are all rejected (the probe sent 1,000,000 lines of
 * {@code x} and got 365 MB of error lines) stops at its 1,001st rejected line with a summary line, reading no
 * further. And a JSON batch whose answer would pass its cap is refused before a single query is evaluated (the
 * probe's was refused only after about 50 s of evaluation).
 */
class NdjsonErrorFloodTest extends ApiTest {
    private static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

    @Autowired
    MeterRegistry registry;

    private static String line() {
        return example().replace("\n", "").replace("\r", "");
    }

    private String[] ndjson(String body) throws Exception {
        return mvc.perform(post("/v1/coverage/batch").contentType(NDJSON).content(body))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8)
                .split("\n");
    }

    @Test
    void aFloodOfBadLinesStopsAfterTheCapWithASummaryLine() throws Exception {
        String[] answers = ndjson("x\n".repeat(20_000));
        assertThat(answers).hasSize(1_001);
        assertThat(Json.MAPPER.readTree(answers[999]).get("line").asLong()).isEqualTo(1_000);
        JsonNode stopped = Json.MAPPER.readTree(answers[1_000]).get("stopped");
        assertThat(stopped.get("atLine").asLong()).isEqualTo(1_001);
        assertThat(stopped.get("answered").asLong()).isEqualTo(1_000);
        assertThat(stopped.get("rejected").asLong()).isEqualTo(1_000);
        assertThat(stopped.get("message").asString())
                .startsWith("stopped at line 1001: more than 1000 lines of this stream were rejected");
    }

    @Test
    void onlyRejectedLinesCountTowardsTheCap() throws Exception {
        String body = ("x\n" + line() + "\n").repeat(1_000) + line() + "\n";
        String[] answers = ndjson(body);
        assertThat(answers).hasSize(2_001);
        assertThat(answers[2_000]).contains("\"verdict\":\"COVERED\"").doesNotContain("stopped");
    }

    @Test
    void aJsonBatchWhoseAnswerWouldPassItsCapIsRefusedBeforeAnyEvaluation() throws Exception {
        double before = evaluations();
        MvcResult r = mvc.perform(post("/v1/coverage/batch")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[" + "{},".repeat(9_999) + "{}]"))
                .andExpect(status().isPayloadTooLarge())
                .andReturn();
        assertThat(r.getResponse().getContentAsString()).contains("nothing was evaluated");
        assertThat(evaluations()).isEqualTo(before);
    }

    private double evaluations() {
        return registry.get("pledgescope.evaluation").timer().count();
    }
}
