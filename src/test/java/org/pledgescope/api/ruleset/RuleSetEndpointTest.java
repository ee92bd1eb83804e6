package org.pledgescope.api.ruleset;

import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.pledgescope.api.ApiTest;
import org.springframework.http.MediaType;

class RuleSetEndpointTest extends ApiTest {

    @Test
    void showsRevisionPacksAndRuleCounts() throws Exception {
        mvc.perform(get("/v1/ruleset"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revision", startsWith("sha256:")))
                .andExpect(jsonPath("$.loadedAt").exists())
                .andExpect(jsonPath("$.packs[0].id").value(PLEDGE))
                .andExpect(jsonPath("$.packs[0].rules", greaterThan(0)))
                .andExpect(jsonPath("$.lastReloadError").doesNotExist());
    }

    @Test
    void reloadWithoutTheTokenIs401() throws Exception {
        mvc.perform(post("/v1/ruleset/reload"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("Authorization"));
        mvc.perform(post("/v1/ruleset/reload").header("Authorization", "Bearer " + TOKEN + "x"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void reloadWithTheTokenServesTheRulesAgain() throws Exception {
        String revision = com.jayway.jsonpath.JsonPath.read(
                mvc.perform(get("/v1/ruleset")).andReturn().getResponse().getContentAsString(), "$.revision");
        mvc.perform(post("/v1/ruleset/reload").header("Authorization", "Bearer " + TOKEN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revision").value(revision))
                .andExpect(jsonPath("$.packs[0].id").value(PLEDGE));
    }
}
