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
 * A map in which some cells' rules failed is answered, with those cells as a region of their own, but never kept:
 * each failed cell is counted as a rule error in health, and the same map asked again is made again.
 *
 * <p>No pack the allowlist takes can throw, but rules can still run past their time limit ({@code
 * pledgescope.rule-time-limit}, which maps and the filling of decision tables keep as queries do): on a busy machine
 * a firing can pass its 2 s, and such an answer is not the pack's. Here the limit is one no firing meets (1 ns), so
 * the pack's decision table is never filled (packs/rule-time-limit, used by this test alone, so that no complete
 * table of it is ever in the compiled-rules cache) and each cell the map reaches fires its rules, and fails.
 */
@SpringBootTest(
        classes = ApiServer.class,
        properties = {"pledgescope.rules=src/test/resources/packs/rule-time-limit", "pledgescope.rule-time-limit=1ns"})
@AutoConfigureMockMvc
class MapRuleFailuresTest {
    private static final String MAP = "/v1/pledges/police-ban/map?asKnownOn=2020-06-01&useDate=2020-06-01";

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

    /** The worlds of the regions whose rules failed. */
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
    void failedCellsAreCountedAndTheirMapIsNotKept() throws Exception {
        long before = ruleErrors();
        JsonNode first = map();
        assertThat(failedWorlds(first)).isEqualTo(first.get("worlds").asLong());
        long failedCells = ruleErrors() - before;
        assertThat(failedCells).isPositive();

        JsonNode second = map();
        assertThat(failedWorlds(second)).isEqualTo(second.get("worlds").asLong());
        assertThat(ruleErrors()).as("made again, not kept").isEqualTo(before + 2 * failedCells);
    }
}
