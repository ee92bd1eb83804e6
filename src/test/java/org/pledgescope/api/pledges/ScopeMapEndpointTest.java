package org.pledgescope.api.pledges;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.pledgescope.api.ApiTest;
import org.springframework.http.MediaType;

/** GET /v1/pledges/{id}/map and /diff: the map and what two days differ in, as JSON; bad parameters as problems. */
class ScopeMapEndpointTest extends ApiTest {

    @Test
    void theMapOfOneDayForPoliceCoversEveryWorld() throws Exception {
        mvc.perform(get("/v1/pledges/" + PLEDGE + "/map")
                        .param("asKnownOn", "2020-07-15")
                        .param("useDate", "2020-07-15")
                        .param("where", "agency.type=police"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pledge").value(PLEDGE))
                .andExpect(jsonPath("$.worlds").value(3 * 2 * 6 * 4 * 7 * 2))
                .andExpect(jsonPath("$.exhaustive").value(true))
                .andExpect(jsonPath("$.regions[0].verdict").value("COVERED"))
                .andExpect(jsonPath("$.regions[0].clauses[0]").value("amazon-2020-06-10#police-use"))
                .andExpect(jsonPath("$.axes[2].classes.length()").value(3));
    }

    @Test
    void theDiffBetweenTwoDaysNamesTheStatementPublishedBetween() throws Exception {
        mvc.perform(get("/v1/pledges/" + PLEDGE + "/diff")
                        .param("asKnownOn", "2021-06-01")
                        .param("vs", "2024-02-01")
                        .param("useDate", "2022-01-01"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.moved").isNumber())
                .andExpect(jsonPath("$.moves[0].statements[?(@ == 'amazon-2024-01-26')]")
                        .exists());
    }

    @Test
    void theOpenApiDocumentDescribesTheMapAndTheDiffWithRealSchemas() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/v1/pledges/{id}/map'].get.operationId")
                        .value("getPledgeMap"))
                .andExpect(jsonPath("$.paths['/v1/pledges/{id}/diff'].get.operationId")
                        .value("getPledgeDiff"))
                .andExpect(jsonPath(
                                "$.paths['/v1/pledges/{id}/map'].get.responses['400'].content['application/problem+json']")
                        .exists())
                .andExpect(jsonPath(
                                "$.paths['/v1/pledges/{id}/map'].get.responses['429'].content['application/problem+json']")
                        .exists())
                .andExpect(jsonPath("$.paths['/v1/pledges/{id}/diff'].get.responses['403'].description")
                        .value(startsWith("Asked for by a web page of another site")))
                .andExpect(jsonPath("$.paths['/v1/pledges/{id}/diff/previous'].get.responses['503'].description")
                        .value(startsWith("No rule set is loaded, or the work ran past")))
                .andExpect(jsonPath("$.paths['/v1/coverage/batch'].post.responses['429'].description")
                        .value(startsWith("As many NDJSON streams")))
                .andExpect(jsonPath("$.components.schemas.ScopeMap.properties.regions")
                        .exists())
                .andExpect(jsonPath("$.components.schemas.ScopeMap.properties.grid")
                        .doesNotExist())
                .andExpect(jsonPath("$.components.schemas.ScopeDiff.properties.moves")
                        .exists());
    }

    @Test
    void withoutAReloadThereIsNoPreviousRevisionToCompareWith() throws Exception {
        mvc.perform(get("/v1/pledges/" + PLEDGE + "/diff/previous"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("revision"))
                .andExpect(jsonPath("$.errors[0].message").value(startsWith("no earlier revision to compare with")));
        mvc.perform(get("/v3/api-docs"))
                .andExpect(jsonPath("$.paths['/v1/pledges/{id}/diff/previous'].get.operationId")
                        .value("getPledgeDiffFromPrevious"))
                .andExpect(jsonPath("$.paths['/v1/pledges/{id}/diff/previous'].get.responses['404'].description")
                        .value(startsWith("No such pledge in both revisions, or no reload")))
                .andExpect(jsonPath("$.paths['/v1/pledges/{id}/map'].get.responses['404'].description")
                        .value("No pledge with this id is loaded"));
    }

    @Test
    void badParametersAreProblemsNamingThem() throws Exception {
        mvc.perform(get("/v1/pledges/" + PLEDGE + "/map").param("useDate", "2020-13-01"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("useDate"));
        mvc.perform(get("/v1/pledges/" + PLEDGE + "/map").param("where", "activity=BUY"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("where"));
        mvc.perform(get("/v1/pledges/" + PLEDGE + "/diff").param("asKnownOn", "2021-06-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("vs"));
        mvc.perform(get("/v1/pledges/acme/map"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].field").value("id"));
    }
}
