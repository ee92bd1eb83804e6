package org.pledgescope.api.coverage;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.pledgescope.api.ApiTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/** Every client mistake on POST /v1/coverage is a 4xx problem+json naming the field. */
class QueryErrorsTest extends ApiTest {

    private ResultActions postQuery(String body) throws Exception {
        return mvc.perform(post("/v1/coverage")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void malformedJsonIs400() throws Exception {
        postQuery("{\"pledge\": ")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(""))
                .andExpect(jsonPath("$.errors[0].message", containsString("malformed JSON")));
    }

    @Test
    void unknownPropertyIs400() throws Exception {
        postQuery("{\"pledge\":\"" + PLEDGE + "\",\"agency\":{\"typ\":\"SHERIFF\"}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].field").value("agency.typ"))
                .andExpect(jsonPath("$.errors[0].message", containsString("unknown property")));
    }

    @Test
    void badEnumIs400ListingTheAllowedValues() throws Exception {
        postQuery("{\"activity\":\"BUY\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("activity"))
                .andExpect(jsonPath(
                        "$.errors[0].message", containsString("[SALE, RENEWAL, PILOT, USE, SUPPORT, DEVELOPMENT]")));
    }

    @Test
    void badDateIs400() throws Exception {
        postQuery("{\"contract\":{\"signedOn\":\"2020-02-30\"}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("contract.signedOn"))
                .andExpect(
                        jsonPath("$.errors[0].message").value("'2020-02-30' is not a day: February 2020 has 29 days"));
    }

    @Test
    void everyProblemIsListed() throws Exception {
        postQuery("{\"activity\":\"BUY\",\"useDate\":\"soon\",\"extra\":1}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(3)));
    }

    @Test
    void unknownPledgeIs400() throws Exception {
        postQuery("{\"pledge\":\"acme-promise\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("pledge"))
                .andExpect(jsonPath("$.errors[0].message", containsString(PLEDGE)));
    }

    @Test
    void unknownQuestionOrReadingInAssumeIs400() throws Exception {
        postQuery("{\"assume\":{\"no-such-question\":\"x\",\"amazon-sales\":\"maybe\"}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(2)))
                .andExpect(jsonPath("$.errors[0].field").value("assume.amazon-sales"))
                .andExpect(jsonPath("$.errors[0].message", containsString("[no-sales, use-only]")))
                .andExpect(jsonPath("$.errors[1].field").value("assume.no-such-question"))
                .andExpect(jsonPath("$.errors[1].message", containsString("unknown open question")));
    }

    @Test
    void bodyOverOneMebibyteIs413() throws Exception {
        String big = "{\"pledge\":\"" + " ".repeat(1024 * 1024) + "\"}";
        postQuery(big).andExpect(status().is(413)).andExpect(jsonPath("$.errors[0].message", containsString("1 MiB")));
    }

    @Test
    void wrongMediaTypeIs415() throws Exception {
        mvc.perform(post("/v1/coverage").contentType(MediaType.TEXT_PLAIN).content(example()))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("Content-Type"))
                .andExpect(jsonPath("$.errors[0].message", containsString("application/json")));
    }

    @Test
    void wrongMethodIs405() throws Exception {
        mvc.perform(delete("/v1/coverage"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].message", containsString("DELETE")));
    }
}
