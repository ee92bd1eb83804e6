package org.pledgescope.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pledgescope.json.Json;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** OpenAPI, actuator health/info/metrics and the decision log. */
class OperatorEndpointsTest extends ApiTest {

    @Test
    void openApiDocumentsTheQueryWithEnumsAndExamples() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.schemas.Query.properties.activity.enum", hasItem("USE")))
                .andExpect(jsonPath("$.components.schemas.Agency.properties.type.enum", hasItem("SHERIFF")))
                .andExpect(jsonPath("$.paths['/v1/coverage'].post.requestBody.content['application/json']"
                                + ".examples['police-face-search'].value.pledge")
                        .value(PLEDGE))
                .andExpect(jsonPath("$.paths['/v1/pledges/{id}/timeline'].get").exists());
        mvc.perform(get("/swagger-ui.html")).andExpect(status().is3xxRedirection());
    }

    @Test
    void healthIsUpWithTheRevision() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.rules.details.revision", startsWith("sha256:")));
    }

    @Test
    void infoShowsTheRevision() throws Exception {
        mvc.perform(get("/actuator/info")).andExpect(jsonPath("$.ruleset.revision", startsWith("sha256:")));
    }

    @Test
    void decisionsAreCountedByPackAndVerdictAndTimed() throws Exception {
        mvc.perform(post("/v1/coverage").contentType(MediaType.APPLICATION_JSON).content(example()))
                .andExpect(status().isOk());
        mvc.perform(get("/actuator/metrics/pledgescope.decisions")
                        .param("tag", "pack:" + PLEDGE)
                        .param("tag", "verdict:COVERED"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.measurements[0].value", greaterThanOrEqualTo(1.0)));
        mvc.perform(get("/actuator/metrics/pledgescope.evaluation"))
                .andExpect(status().isOk())
                .andExpect(jsonPath(
                        "$.measurements[?(@.statistic == 'COUNT')].value", hasItem(greaterThanOrEqualTo(1.0))));
    }

    @Test
    void decisionLogWritesOneJsonLinePerDecision() throws Exception {
        String body = mvc.perform(post("/v1/coverage")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(example()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = Json.MAPPER.readTree(body).get("decisionId").asString();
        List<String> lines = Files.readAllLines(Path.of(DECISION_LOG));
        JsonNode line = Json.MAPPER.readTree(
                lines.stream().filter(l -> l.contains(id)).findFirst().orElseThrow());
        assertThat(line.get("revision").asString()).startsWith("sha256:");
        assertThat(line.get("query").get("pledge").asString()).isEqualTo(PLEDGE);
        assertThat(line.get("verdicts").get(PLEDGE).asString()).isEqualTo("COVERED");
        assertThat(line.get("latencyMicros").asLong()).isPositive();
    }
}
