package org.pledgescope.api.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.pledgescope.api.ApiTest;
import org.springframework.http.MediaType;

/** A JSON batch whose answer would dwarf its request is refused with 413, without building the answer. */
class OversizedAnswerTest extends ApiTest {

    @Test
    void tinyQueriesWithHugeAnswersAre413() throws Exception {
        String body = "[" + "{},".repeat(9_999) + "{}]";
        long start = System.nanoTime();
        mvc.perform(post("/v1/coverage/batch")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("the answer to this batch would be larger than 1 MiB")));
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(10_000);
    }

    @Test
    void anAnswerWithinTheCapIsSent() throws Exception {
        String body = "[" + (example().strip() + ",").repeat(99) + example().strip() + "]";
        mvc.perform(post("/v1/coverage/batch")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[99].results[0].verdict").value("COVERED"));
    }
}
