package org.pledgescope.api.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.pledgescope.api.ApiServer;
import org.pledgescope.json.Json;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** Packs whose rules throw or never stop (packs/faulty): their results carry errors; counted in metrics and health. */
@SpringBootTest(
        classes = ApiServer.class,
        properties = {"pledgescope.rules=src/test/resources/packs/faulty", "pledgescope.rule-time-limit=1s"})
@AutoConfigureMockMvc
class FaultyPackApiTest {
    private static final String POLICE = "{\"useDate\":\"2020-06-01\",\"asKnownOn\":\"2020-06-01\",\"agency\":"
            + "{\"type\":\"MUNICIPAL_POLICE\",\"country\":\"US\"},\"activity\":\"USE\",\"capability\":\"FACE_COMPARISON\","
            + "\"purpose\":\"CRIMINAL_INVESTIGATION\",\"contract\":{\"signedOn\":\"2020-06-01\"}}";

    @Autowired
    MockMvc mvc;

    @Test
    void aQueryWithoutPledgeIsAnsweredWithAnErrorPerFailedPack() throws Exception {
        mvc.perform(post("/v1/coverage").contentType(MediaType.APPLICATION_JSON).content(POLICE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results[0].pledge").value("a-throws"))
                .andExpect(jsonPath("$.results[0].verdict").value("UNDETERMINED"))
                .andExpect(jsonPath("$.results[0].error.kind").value("RULE_FAILED"))
                .andExpect(jsonPath("$.results[0].error.rule").value("divide"))
                .andExpect(jsonPath("$.results[1].error.kind").value("TIME_LIMIT"))
                .andExpect(jsonPath("$.results[2].verdict").value("COVERED"))
                .andExpect(jsonPath("$.results[2].error").doesNotExist());
        mvc.perform(get("/actuator/health"))
                .andExpect(jsonPath("$.components.rules.details.ruleErrors", greaterThan(1)))
                .andExpect(jsonPath("$.components.rules.details.lastRuleError").exists());
        mvc.perform(get("/actuator/metrics/pledgescope.rule.errors"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.measurements[0].value", greaterThan(1.0)));
    }

    @Test
    void anNdjsonStreamIsNotTorn() throws Exception {
        String body = POLICE + "\n{\"activity\":\"BUY\"}\n" + POLICE.replace("MUNICIPAL_POLICE", "COMMERCIAL") + "\n";
        String answer = mvc.perform(post("/v1/coverage/batch")
                        .contentType("application/x-ndjson")
                        .content(body))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String[] lines = answer.split("\n");
        assertThat(lines).hasSize(3);
        JsonNode first = Json.MAPPER.readTree(lines[0]);
        assertThat(first.at("/results/0/error/kind").asString()).isEqualTo("RULE_FAILED");
        assertThat(Json.MAPPER.readTree(lines[1]).get("line").asInt()).isEqualTo(2);
        assertThat(Json.MAPPER.readTree(lines[2]).at("/results/2/verdict").asString())
                .isEqualTo("NOT_COVERED");
    }
}
