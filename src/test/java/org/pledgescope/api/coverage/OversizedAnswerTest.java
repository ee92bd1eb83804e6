package org.pledgescope.api.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.pledgescope.api.ApiTest;
import org.pledgescope.json.Json;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * A JSON batch whose answer would dwarf its request is refused with 413, without building the answer; one whose
 * decisions turn out larger than its cap only once evaluated is answered in order up to the cap, each item after
 * it with an error saying it was not evaluated: nothing evaluated is thrown away.
 */
class OversizedAnswerTest extends ApiTest {

    @Test
    void tinyQueriesWithHugeAnswersAre413() throws Exception {
        String body = "[" + "{},".repeat(9_999) + "{}]";
        long start = System.nanoTime();
        mvc.perform(post("/v1/coverage/batch")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("the answer to this batch would be larger than 1 MiB")));
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(10_000);
    }

    @Test
    void anAnswerWithinTheCapIsSent() throws Exception {
        String body = "[" + (example().strip() + ",").repeat(99) + example().strip() + "]";
        mvc.perform(post("/v1/coverage/batch")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[99].results[0].verdict").value("COVERED"));
    }

    @Test
    void decisionsLargerThanForeseenAreAnsweredUpToTheCapAndTheRestNotEvaluated() throws Exception {
        String item = "{\"useDate\":\"2020-07-15\",\"asKnownOn\":\"2020-07-15\"}"; // every pledge: 73× its size
        String body = "[" + (item + ",").repeat(1_999) + item + "]";
        String first = answer(body);
        JsonNode answers = Json.MAPPER.readTree(first);
        assertThat(answers).hasSize(2_000);
        assertThat(answers.get(0).at("/results/0/verdict").asString()).isEqualTo("UNDETERMINED");
        assertThat(answers.get(1_999).at("/error/message").asString())
                .startsWith("not evaluated: the answer to this batch reached its limit of");
        int cut = 0;
        while (answers.get(cut).has("results")) {
            cut++;
        }
        assertThat(cut).isBetween(1, 1_998);
        assertThat(first.length()).isLessThan(JsonBatchAnswer.RATIO * body.length() + 2_000 * 300);
        JsonNode again = Json.MAPPER.readTree(answer(body));
        assertThat(again.get(cut - 1).has("results")).isTrue();
        assertThat(again.get(cut).has("error"))
                .as("the same cut on the same batch")
                .isTrue();
    }

    private String answer(String body) throws Exception {
        return mvc.perform(post("/v1/coverage/batch")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
