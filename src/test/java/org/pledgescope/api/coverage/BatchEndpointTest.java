package org.pledgescope.api.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pledgescope.api.ApiTest;
import org.pledgescope.json.Json;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

class BatchEndpointTest extends ApiTest {
    private static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");
    private static final String LATER =
            "{\"pledge\":\"" + PLEDGE + "\",\"useDate\":\"2019-01-01\",\"asKnownOn\":\"2019-01-01\"}";

    private static final String NOT_A_VALUE = "'BUY' is not one of [SALE, RENEWAL, PILOT, USE, SUPPORT, DEVELOPMENT] "
            + "or a value set [deployment, selling]";

    @Test
    void jsonArrayIsAnsweredInOrderWithPerItemErrors() throws Exception {
        String body = "[" + example().strip() + ",{\"activity\":\"BUY\"}," + LATER + "]";
        mvc.perform(post("/v1/coverage/batch")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("},{\"index\":1,\"error\":{\"message\":\"invalid query: "
                                + "activity: " + NOT_A_VALUE
                                + "\",\"errors\":[{\"field\":\"[1].activity\",\"message\":\""
                                + NOT_A_VALUE + "\"}]}},{")))
                .andExpect(jsonPath("$", hasSize(3)))
                .andExpect(jsonPath("$[0].results[0].verdict").value("COVERED"))
                .andExpect(jsonPath("$[1].index").value(1))
                .andExpect(jsonPath("$[1].error.errors[0].field").value("[1].activity"))
                .andExpect(jsonPath("$[2].query.useDate").value("2019-01-01"))
                .andExpect(jsonPath("$[2].results[0].verdict").value("NOT_COVERED"));
    }

    @Test
    void aBatchMustBeAnArray() throws Exception {
        mvc.perform(post("/v1/coverage/batch")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(example()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].message", containsString("JSON array")));
    }

    @Test
    void moreThanTenThousandItemsIs413() throws Exception {
        String body = "[" + String.join(",", Collections.nCopies(10_001, "{}")) + "]";
        mvc.perform(post("/v1/coverage/batch")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().is(413))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].message", containsString("at most 10000 queries")));
    }

    @Test
    void ndjsonIsAnsweredLineByLineInOrder() throws Exception {
        // more chunks than NdjsonStream keeps in flight, and a last chunk that is not full
        int n = NdjsonStream.CHUNK * (NdjsonStream.IN_FLIGHT + 2) + 7;
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < n; i++) {
            body.append(
                            i == 300
                                    ? "{\"activity\":\"BUY\"}"
                                    : i % 2 == 0 ? example().replace("\n", "") : LATER)
                    .append('\n');
        }
        String out = mvc.perform(post("/v1/coverage/batch").contentType(NDJSON).content(body.toString()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(NDJSON))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> lines = out.lines().toList();
        assertThat(lines).hasSize(n);
        for (int i = 0; i < n; i++) {
            JsonNode answer = Json.MAPPER.readTree(lines.get(i));
            if (i == 300) {
                assertThat(lines.get(i))
                        .isEqualTo("{\"line\":301,\"error\":{\"message\":\"invalid query: activity: " + NOT_A_VALUE
                                + "\",\"errors\":[{\"field\":\"activity\",\"message\":\"" + NOT_A_VALUE + "\"}]}}");
                assertThat(answer.get("line").asLong()).isEqualTo(301);
                assertThat(answer.get("error").get("errors").get(0).get("field").asString())
                        .isEqualTo("activity");
                assertThat(answer.get("error").get("message").asString()) // worded as in a JSON-array batch
                        .isEqualTo(
                                "invalid query: activity: 'BUY' is not one of [SALE, RENEWAL, PILOT, USE, SUPPORT, DEVELOPMENT] or a value set [deployment, selling]");
            } else {
                assertThat(answer.get("results").get(0).get("verdict").asString())
                        .isEqualTo(i % 2 == 0 ? "COVERED" : "NOT_COVERED");
            }
        }
    }

    @Test
    void otherMediaTypesAre415() throws Exception {
        mvc.perform(post("/v1/coverage/batch")
                        .contentType(MediaType.APPLICATION_XML)
                        .content("<q/>"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.errors[0].message", containsString("application/x-ndjson")));
    }
}
