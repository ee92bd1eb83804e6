package org.pledgescope.api.pledges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.pledgescope.api.ApiServer;
import org.pledgescope.json.Json;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * A map in which some worlds' rules failed (packs/faulty's a-throws divides by zero for police) is answered, with
 * those worlds as a region of their own, but never kept: each failed world is counted as a rule error in health,
 * and the same map asked again is made again (a time limit hit under load is not the pack's answer).
 */
@SpringBootTest(classes = ApiServer.class, properties = "pledgescope.rules=src/test/resources/packs/faulty")
@AutoConfigureMockMvc
class MapRuleFailuresTest {
    private static final String MAP = "/v1/pledges/a-throws/map?asKnownOn=2020-06-01&useDate=2020-06-01";

    @Autowired
    MockMvc mvc;

    private long ruleErrors() throws Exception {
        JsonNode health = Json.MAPPER.readTree(
                mvc.perform(get("/actuator/health")).andReturn().getResponse().getContentAsString());
        return health.at("/components/rules/details/ruleErrors").asLong();
    }

    private JsonNode map() throws Exception {
        var response = mvc.perform(get(MAP)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return Json.MAPPER.readTree(response.getContentAsString());
    }

    private static long failedWorlds(JsonNode map) {
        long n = 0;
        for (JsonNode region : map.get("regions")) {
            if (region.get("because").asString().contains("rules failed")) {
                n += region.get("worlds").asLong();
            }
        }
        return n;
    }

    @Test
    void failedWorldsAreCountedAndTheirMapIsNotKept() throws Exception {
        long before = ruleErrors();
        JsonNode first = map();
        long failed = failedWorlds(first);
        assertThat(failed).isPositive();
        assertThat(ruleErrors()).isEqualTo(before + failed);

        JsonNode second = map();
        assertThat(failedWorlds(second)).isEqualTo(failed);
        assertThat(ruleErrors()).as("made again, not kept").isEqualTo(before + 2 * failed);
    }
}
