package org.pledgescope.api.coverage;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.pledgescope.api.ApiTest;
import org.springframework.http.MediaType;

class CoverageEndpointTest extends ApiTest {

    @Test
    void answersOneQueryWithADecision() throws Exception {
        mvc.perform(post("/v1/coverage").contentType(MediaType.APPLICATION_JSON).content(example()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.rulesetRevision", startsWith("sha256:")))
                .andExpect(jsonPath("$.query.useDate").value("2020-07-15"))
                .andExpect(jsonPath("$.results", hasSize(1)))
                .andExpect(jsonPath("$.results[0].pledge").value(PLEDGE))
                .andExpect(jsonPath("$.results[0].verdict").value("COVERED"))
                .andExpect(jsonPath("$.results[0].reasons[0].clause").value("amazon-2020-06-10#police-use"));
    }

    @Test
    void withoutAPledgeAsksEveryLoadedPledge() throws Exception {
        mvc.perform(post("/v1/coverage")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"useDate\":\"2019-01-01\",\"asKnownOn\":\"2019-01-01\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results[0].pledge").value(PLEDGE))
                .andExpect(jsonPath("$.results[0].verdict").value("NOT_COVERED"));
    }
}
