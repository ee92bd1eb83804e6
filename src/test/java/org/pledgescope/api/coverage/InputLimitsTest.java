package org.pledgescope.api.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.pledgescope.api.ApiTest;
import org.pledgescope.json.Json;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

/** Sizes of lines, strings and queries are limited, each refusal names the field, and NDJSON line numbers stay exact. */
class InputLimitsTest extends ApiTest {
    private static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

    private static String line() {
        return example().replace("\n", "").replace("\r", "");
    }

    private String ndjson(String body) throws Exception {
        return mvc.perform(post("/v1/coverage/batch").contentType(NDJSON).content(body))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void aLongStringIsRefusedWithItsField() throws Exception {
        tools.jackson.databind.node.ObjectNode tree =
                (tools.jackson.databind.node.ObjectNode) Json.MAPPER.readTree(line());
        ((tools.jackson.databind.node.ObjectNode) tree.get("agency")).put("name", "x".repeat(25_000));
        String query = Json.MAPPER.writeValueAsString(tree);
        mvc.perform(post("/v1/coverage").contentType(MediaType.APPLICATION_JSON).content(query))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("agency.name"))
                .andExpect(jsonPath("$.errors[0].message").value("longer than the limit of 1000 characters (25000)"));
    }

    @Test
    void aLongNdjsonLineGetsItsOwnErrorAndTheStreamGoesOn() throws Exception {
        String huge = "{\"pledge\":\"" + "p".repeat(200_000) + "\"}";
        String[] answers = ndjson(line() + "\n" + huge + "\n" + line() + "\n").split("\n");
        assertThat(answers).hasSize(3);
        assertThat(Json.MAPPER.readTree(answers[1]).get("line").asInt()).isEqualTo(2);
        assertThat(Json.MAPPER.readTree(answers[1]).at("/error/message").asString())
                .contains("line too long: 200013 characters, over the limit of 65536");
        assertThat(Json.MAPPER.readTree(answers[2]).at("/results/0/verdict").asString())
                .isEqualTo("COVERED");
    }

    @Test
    void onlyLfEndsALineSoLineNumbersMatchTheClients() throws Exception {
        String body = line() + "\r\n" + line() + "\r" + line() + "\n{\"activity\":\"BUY\"}\r\n";
        String[] answers = ndjson(body).split("\n");
        assertThat(answers).hasSize(3);
        assertThat(Json.MAPPER.readTree(answers[0]).at("/results/0/verdict").asString())
                .isEqualTo("COVERED");
        assertThat(Json.MAPPER.readTree(answers[1]).get("line").asInt()).isEqualTo(2);
        assertThat(Json.MAPPER.readTree(answers[1]).at("/error/message").asString())
                .contains("malformed JSON");
        assertThat(Json.MAPPER.readTree(answers[2]).get("line").asInt()).isEqualTo(3);
        assertThat(Json.MAPPER.readTree(answers[2]).at("/error/errors/0/field").asString())
                .isEqualTo("activity");
    }

    @Test
    void anErrorListsTheFirstTwentyProblemsAndTheirCount() throws Exception {
        String query = IntStream.range(0, 300)
                .mapToObj(i -> "\"unknown" + i + "\": 1")
                .collect(Collectors.joining(",", "{", "}"));
        MvcResult r = mvc.perform(post("/v1/coverage")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(query))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(20)))
                .andExpect(jsonPath("$.errorCount").value(300))
                .andExpect(jsonPath("$.detail", containsString("300 problems in all; the first 20 are listed")))
                .andReturn();
        assertThat(r.getResponse().getContentAsString().length()).isLessThan(query.length() + 20_000);
    }

    @Test
    void eightyThousandAssumptionsAreOneShortError() throws Exception {
        String assume = IntStream.range(0, 80_000)
                .mapToObj(i -> "\"q" + i + "\":\"r\"")
                .collect(Collectors.joining(",", "{\"assume\":{", "}}"));
        MvcResult r = mvc.perform(post("/v1/coverage")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(assume))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].message", containsString("at most 500 JSON values")))
                .andReturn();
        assertThat(r.getResponse().getContentAsString().length()).isLessThan(2_000);
    }
}
