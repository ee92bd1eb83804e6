package org.pledgescope.api.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pledgescope.api.ApiServer;
import org.pledgescope.api.ruleset.RevisionHeader;
import org.pledgescope.json.Json;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * {@code GET /v1/coverage}: the query as parameters named by fact path, bound and refused exactly as the POST body is;
 * an answer any HTTP cache can keep (ETag and decision id from the revision and the normalised query, the configured
 * Cache-Control, 304 on If-None-Match), logged under that same id.
 */
@SpringBootTest(
        classes = ApiServer.class,
        properties = {
            "pledgescope.coverage.cache-control=public, max-age=300",
            "pledgescope.decision-log=" + CacheableCoverageTest.LOG
        })
@AutoConfigureMockMvc
class CacheableCoverageTest {
    static final String LOG = "target/cacheable-coverage-decisions.log";
    private static final String POLICE = "pledge=amazon-rekognition-moratorium&useDate=2020-07-15&asKnownOn=2020-07-15"
            + "&agency.name=A%20city%20police%20department&agency.type=MUNICIPAL_POLICE&agency.country=US&activity=USE"
            + "&capability=FACE_COMPARISON&purpose=CRIMINAL_INVESTIGATION&contract.signedOn=2020-08-01";

    @Autowired
    MockMvc mvc;

    private MockHttpServletResponse get(String query, String... ifNoneMatch) throws Exception {
        var request = MockMvcRequestBuilders.get("/v1/coverage?" + query);
        if (ifNoneMatch.length > 0) {
            request.header("If-None-Match", ifNoneMatch[0]);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private MockHttpServletResponse post(String json) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/v1/coverage")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andReturn()
                .getResponse();
    }

    private static String results(MockHttpServletResponse response) throws Exception {
        return Json.MAPPER.writeValueAsString(
                Json.MAPPER.readTree(response.getContentAsString()).get("results"));
    }

    @Test
    void answersAsThePostAnswersTheSameQueryWithCacheHeaders() throws Exception {
        MockHttpServletResponse answer = get(POLICE);
        MockHttpServletResponse posted = post(Files.readString(Path.of("examples/queries/police-face-search.json")));

        assertThat(answer.getStatus()).isEqualTo(200);
        assertThat(results(answer)).isEqualTo(results(posted));
        String id = JsonPath.read(answer.getContentAsString(), "$.decisionId");
        String revision = JsonPath.read(answer.getContentAsString(), "$.rulesetRevision");
        assertThat(answer.getHeader("ETag")).isEqualTo("\"" + id + "\"");
        assertThat(answer.getHeader("Cache-Control")).isEqualTo("public, max-age=300");
        assertThat(answer.getHeader(RevisionHeader.NAME)).isEqualTo(revision);
        assertThat(posted.getHeader(RevisionHeader.NAME)).isEqualTo(revision);
        assertThat(posted.getHeader("ETag")).isNull();
    }

    @Test
    void theSameQueryIsTheSameAnswerWhateverItsSpellingAndAnotherQueryIsAnother() throws Exception {
        String id = get(POLICE).getHeader("ETag");
        String reordered = "contract.signedOn=2020-08-01&purpose=CRIMINAL_INVESTIGATION&capability=FACE_COMPARISON"
                + "&activity=USE&agency.country=US&agency.type=MUNICIPAL_POLICE&agency.name=A%20city%20police%20department"
                + "&asKnownOn=2020-07-15&useDate=2020-07-15&pledge=amazon-rekognition-moratorium";

        assertThat(get(POLICE).getHeader("ETag")).isEqualTo(id);
        assertThat(get(reordered).getHeader("ETag")).isEqualTo(id);
        assertThat(get(POLICE.replace("2020-07-15&asKnownOn", "2020-07-16&asKnownOn"))
                        .getHeader("ETag"))
                .isNotEqualTo(id);
        assertThat(JsonPath.<String>read(get(POLICE).getContentAsString(), "$.decisionId"))
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    }

    @Test
    void aMatchingIfNoneMatchIsA304WithTheSameHeaders() throws Exception {
        MockHttpServletResponse first = get(POLICE);
        MockHttpServletResponse again = get(POLICE, first.getHeader("ETag"));

        assertThat(again.getStatus()).isEqualTo(304);
        assertThat(again.getContentAsString()).isEmpty();
        assertThat(again.getHeader("ETag")).isEqualTo(first.getHeader("ETag"));
        assertThat(again.getHeader("Cache-Control")).isEqualTo("public, max-age=300");
        assertThat(again.getHeader(RevisionHeader.NAME)).isEqualTo(first.getHeader(RevisionHeader.NAME));
        assertThat(get(POLICE, "\"another-answer\"").getStatus()).isEqualTo(200);
    }

    @Test
    void aBadParameterIsRefusedAsTheSameFieldInAPostBody() throws Exception {
        for (String[] pair : List.of(
                new String[] {"activity=BUY", "{\"activity\":\"BUY\"}"},
                new String[] {"agency.type=POLICE_DEPT", "{\"agency\":{\"type\":\"POLICE_DEPT\"}}"},
                new String[] {"agency.typo=X", "{\"agency\":{\"typo\":\"X\"}}"},
                new String[] {"colour=blue", "{\"colour\":\"blue\"}"},
                new String[] {"useDate=15/07/2020", "{\"useDate\":\"15/07/2020\"}"},
                new String[] {"pledge=nobody", "{\"pledge\":\"nobody\"}"},
                new String[] {"assume.no-such-question=x", "{\"assume\":{\"no-such-question\":\"x\"}}"})) {
            MockHttpServletResponse viaGet = get(pair[0]);
            MockHttpServletResponse viaPost = post(pair[1]);
            assertThat(viaGet.getStatus()).as(pair[0]).isEqualTo(400);
            assertThat(JsonPath.<Object>read(viaGet.getContentAsString(), "$.errors"))
                    .as(pair[0])
                    .isEqualTo(JsonPath.read(viaPost.getContentAsString(), "$.errors"));
        }
        MockHttpServletResponse repeated = get("activity=USE&activity=SALE");
        assertThat(repeated.getStatus()).isEqualTo(400);
        assertThat(JsonPath.<String>read(repeated.getContentAsString(), "$.errors[0].field"))
                .isEqualTo("activity");
        assertThat(JsonPath.<String>read(repeated.getContentAsString(), "$.errors[0].message"))
                .isEqualTo("is given 2 times; give each fact once");
    }

    @Test
    void anAssumedReadingIsAParameterToo() throws Exception {
        MockHttpServletResponse viaGet = get("pledge=amazon-rekognition-moratorium&useDate=2020-07-15"
                + "&asKnownOn=2020-07-15&agency.name=Washington%20County%20Sheriff's%20Office&agency.type=SHERIFF"
                + "&agency.country=US&activity=USE&capability=FACE_COMPARISON&purpose=CRIMINAL_INVESTIGATION"
                + "&contract.signedOn=2017-10-01&assume.amazon-existing-contracts=applies");
        MockHttpServletResponse viaPost = post(
                Files.readString(Path.of("examples/queries/washington-county-sheriff-existing-contracts-apply.json")));

        assertThat(viaGet.getStatus()).isEqualTo(200);
        assertThat(results(viaGet)).isEqualTo(results(viaPost)).contains("\"verdict\":\"COVERED\"");
    }

    @Test
    void theDecisionLogRecordsEachGetEvaluatedUnderTheAnswersSharedId() throws Exception {
        String query = POLICE.replace("A%20city%20police%20department", "Police%20" + UUID.randomUUID());
        String etag = get(query).getHeader("ETag");
        String id = etag.substring(1, etag.length() - 1);
        get(query);
        get(query, etag); // a 304 evaluates nothing and logs nothing

        assertThat(Files.readAllLines(Path.of(LOG)).stream().filter(l -> l.contains("\"decisionId\":\"" + id + "\"")))
                .hasSize(2);
    }
}
