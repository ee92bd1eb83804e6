package org.pledgescope.api.ruleset;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.pledgescope.api.ApiServer;
import org.pledgescope.api.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Started on broken rules and without an admin token: health DOWN, 503 for questions, reload disabled. */
@SpringBootTest(
        classes = ApiServer.class,
        properties = "pledgescope.rules=src/test/resources/packs/broken/syntax-error-amazon")
@AutoConfigureMockMvc
class NoRuleSetTest {
    @Autowired
    MockMvc mvc;

    @Test
    void healthIsDownAndTheLoadErrorIsShown() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.status").value("DOWN"))
                .andExpect(jsonPath("$.components.rules.details.reason").value("no rule set is loaded"));
        mvc.perform(get("/v1/ruleset"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revision").doesNotExist())
                .andExpect(jsonPath("$.lastReloadError.problems", hasItem(containsString("decisions.drl:18:"))));
    }

    @Test
    void readinessIsDownUntilARuleSetIsLoaded() throws Exception {
        mvc.perform(get("/actuator/health/readiness"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.status").value("DOWN"));
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
    }

    @Test
    void questionsAre503() throws Exception {
        mvc.perform(post("/v1/coverage").contentType(MediaType.APPLICATION_JSON).content(ApiTest.example()))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("no rule set is loaded")));
    }

    @Test
    void reloadIs404WithoutAnAdminToken() throws Exception {
        mvc.perform(post("/v1/ruleset/reload").header("Authorization", "Bearer anything"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].message", containsString("pledgescope.admin-token")));
    }
}
