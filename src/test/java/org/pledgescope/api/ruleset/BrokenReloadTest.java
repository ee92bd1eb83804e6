package org.pledgescope.api.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pledgescope.api.ApiTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

/** A reload of broken rules answers 422 with every file:line: message, and the old revision keeps serving. */
class BrokenReloadTest extends ReloadTest {

    @Test
    void brokenPackIs422AndTheOldRuleSetKeepsServing() throws Exception {
        String v1 = serve("v1");
        useFixture("broken/syntax-error-amazon");
        MvcResult failed = reload();
        assertThat(failed.getResponse().getStatus()).isEqualTo(422);
        assertThat(failed.getResponse().getContentType()).isEqualTo("application/problem+json");
        String body = failed.getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(body, "$.errors[0].field")).endsWith("decisions.drl:18");
        assertThat(JsonPath.<List<String>>read(body, "$.problems"))
                .anySatisfy(
                        p -> assertThat(p).matches("(?s).*/decisions\\.drl:18: .*\\n    drools: .*mismatched input.*"));

        mvc.perform(get("/v1/ruleset"))
                .andExpect(jsonPath("$.revision").value(v1))
                .andExpect(jsonPath(
                        "$.lastReloadError.problems",
                        hasItem(org.hamcrest.Matchers.containsString("decisions.drl:18:"))));
        mvc.perform(post("/v1/coverage").contentType(MediaType.APPLICATION_JSON).content(ApiTest.example()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rulesetRevision").value(v1))
                .andExpect(jsonPath("$.results[0].verdict").value("COVERED"));
        mvc.perform(get("/actuator/health"))
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath(
                        "$.components.rules.details.lastLoadError[0]",
                        org.hamcrest.Matchers.containsString("decisions.drl:18: ")));

        serve("v1");
        mvc.perform(get("/v1/ruleset")).andExpect(jsonPath("$.lastReloadError").doesNotExist());
    }
}
