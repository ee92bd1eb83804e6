package org.pledgescope.api.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.pledgescope.api.ApiTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * Every response names the revision served in {@code PledgeScope-Revision} (a load balancer or a client sees a mixed
 * fleet), decisions, pages, errors and the actuator alike; it is the revision the body names.
 */
class RevisionHeaderTest extends ApiTest {
    private MockHttpServletResponse perform(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void everyResponseNamesTheRevisionServed() throws Exception {
        MockHttpServletResponse ruleset = perform(get("/v1/ruleset"));
        String revision = JsonPath.read(ruleset.getContentAsString(), "$.revision");
        assertThat(revision).startsWith("sha256:");

        for (RequestBuilder request : new RequestBuilder[] {
            get("/v1/ruleset"),
            get("/v1/pledges"),
            get("/v1/vocabulary"),
            get("/v1/pledges/no-such-pledge"),
            get("/actuator/health"),
            post("/v1/coverage").contentType(MediaType.APPLICATION_JSON).content("{\"activity\":\"BUY\"}"),
            post("/v1/coverage/batch")
                    .contentType("application/x-ndjson")
                    .content(example().replace("\n", ""))
        }) {
            assertThat(perform(request).getHeader(RevisionHeader.NAME)).isEqualTo(revision);
        }
        MockHttpServletResponse decision = perform(
                post("/v1/coverage").contentType(MediaType.APPLICATION_JSON).content(example()));
        assertThat(decision.getHeader(RevisionHeader.NAME))
                .isEqualTo(JsonPath.read(decision.getContentAsString(), "$.rulesetRevision"))
                .isEqualTo(revision);
    }
}
