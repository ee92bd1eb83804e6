package org.pledgescope.api.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/**
 * GET /v1/pledges/{id}/diff/previous: after a reload that changes the rules, what the edit moved — the revision
 * served before against the one served now, named in the answer and in GET /v1/ruleset.
 */
class DiffFromPreviousTest extends ReloadTest {
    private static final String PLEDGE = "amazon-rekognition-moratorium";

    @Test
    void aReloadThatShortensTheTermMovesUsesInTheCutDaysFromCoveredToNotCovered() throws Exception {
        String v1 = serve("v1");
        String v2 = serve("v2");
        assertThat(v2).isNotEqualTo(v1);

        MvcResult ruleset = mvc.perform(get("/v1/ruleset")).andReturn();
        assertThat((String) JsonPath.read(ruleset.getResponse().getContentAsString(), "$.previousRevision"))
                .isEqualTo(v1);

        MvcResult diff = mvc.perform(get("/v1/pledges/" + PLEDGE + "/diff/previous")
                        .param("asKnownOn", "2020-07-15")
                        .param("useDate", "2020-07-15"))
                .andReturn();
        assertThat(diff.getResponse().getStatus()).isEqualTo(200);
        String json = diff.getResponse().getContentAsString();
        assertThat((String) JsonPath.read(json, "$.before")).contains(v1);
        assertThat((String) JsonPath.read(json, "$.after")).contains(v2);
        assertThat((Integer) JsonPath.read(json, "$.moved")).isPositive();
        List<String> before = JsonPath.read(json, "$.moves[*].before.verdict");
        List<String> after = JsonPath.read(json, "$.moves[*].after.verdict");
        assertThat(before).contains("COVERED").doesNotContain("NOT_COVERED");
        assertThat(after).containsOnly("NOT_COVERED");

        // Uses before the new end of the term did not move.
        MvcResult june = mvc.perform(get("/v1/pledges/" + PLEDGE + "/diff/previous")
                        .param("asKnownOn", "2020-06-20")
                        .param("useDate", "2020-06-20"))
                .andReturn();
        assertThat((Integer) JsonPath.read(june.getResponse().getContentAsString(), "$.moved"))
                .isZero();
    }

    @Test
    void aReloadOfTheSameRulesKeepsThePreviousRevision() throws Exception {
        String v1 = serve("v1");
        String v2 = serve("v2");
        assertThat(serve("v2")).isEqualTo(v2);
        MvcResult ruleset = mvc.perform(get("/v1/ruleset")).andReturn();
        assertThat((String) JsonPath.read(ruleset.getResponse().getContentAsString(), "$.previousRevision"))
                .isEqualTo(v1);
    }
}
