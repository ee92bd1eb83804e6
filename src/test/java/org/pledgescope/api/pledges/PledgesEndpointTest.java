package org.pledgescope.api.pledges;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.pledgescope.api.ApiTest;
import org.springframework.http.MediaType;

class PledgesEndpointTest extends ApiTest {

    @Test
    void listsEachPackWithStatementsTermAndOpenQuestions() throws Exception {
        mvc.perform(get("/v1/pledges"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(PLEDGE))
                .andExpect(jsonPath("$[0].vendor").value("Amazon"))
                .andExpect(jsonPath("$[0].statements[0].published").value("2020-06-10"))
                .andExpect(jsonPath("$[0].termToday.setBy").value("amazon-2021-05-18"))
                .andExpect(jsonPath("$[0].termToday.untilFurtherNotice").value(true))
                .andExpect(jsonPath("$[0].openQuestions[?(@.id == 'amazon-federal-agencies')].settled")
                        .value(true))
                .andExpect(jsonPath("$[0].openQuestions[?(@.id == 'amazon-federal-agencies')].settledOn")
                        .value("2024-01-26"))
                .andExpect(jsonPath("$[0].openQuestions[?(@.id == 'amazon-sales')].settled")
                        .value(false));
    }

    @Test
    void showsOnePackWithItsRulesAndCitations() throws Exception {
        mvc.perform(get("/v1/pledges/" + PLEDGE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.statements[0].clauses[0].id").value("amazon-2020-06-10#police-use"))
                .andExpect(jsonPath("$.rules[?(@.name == 'police-use')].clause").value("amazon-2020-06-10#police-use"))
                .andExpect(jsonPath("$.rules[*].file", everyItem(notNullValue())))
                .andExpect(jsonPath("$.rules[*].line", everyItem(greaterThan(0))));
    }

    @Test
    void unknownPledgeIs404() throws Exception {
        mvc.perform(get("/v1/pledges/acme-promise"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("id"));
        mvc.perform(get("/v1/pledges/acme-promise/timeline")).andExpect(status().isNotFound());
    }

    @Test
    void timelineIsInDateOrder() throws Exception {
        mvc.perform(get("/v1/pledges/" + PLEDGE + "/timeline"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].date").value("2020-06-10"))
                .andExpect(jsonPath("$[0].kind").value("STATEMENT"))
                .andExpect(jsonPath("$[1].kind").value("TERM"))
                .andExpect(jsonPath("$[2].date").value("2021-05-18"))
                .andExpect(jsonPath("$[3].kind").value("TERM"))
                .andExpect(jsonPath("$[3].summary").value("Term changed: 2020-06-10 until further notice"))
                .andExpect(jsonPath("$[?(@.kind == 'SETTLED')].question", hasItem("amazon-face-analysis")));
    }
}
