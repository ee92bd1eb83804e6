package org.pledgescope.api.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.pledgescope.api.ApiServer;
import org.pledgescope.api.ApiTest;
import org.pledgescope.json.Json;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Lines refused for their syntax are charged to the stream's evaluation budget like evaluated ones (they cost
 * reading and answering too): with a budget of one nanosecond, a malformed first line spends it, and the good line
 * after it is not evaluated. Before, refused lines were free and the good line was evaluated.
 */
@SpringBootTest(classes = ApiServer.class, properties = "pledgescope.max-evaluation=1ns")
@AutoConfigureMockMvc
class ErrorLinesChargedTest {
    @Autowired
    MockMvc mvc;

    @Test
    void aRefusedLineSpendsTheBudgetToo() throws Exception {
        String good = ApiTest.example().replace("\n", "").replace("\r", "");
        String[] answers = mvc.perform(post("/v1/coverage/batch")
                        .contentType(MediaType.parseMediaType("application/x-ndjson"))
                        .content("{\"activity\": \n" + good + "\n"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8)
                .split("\n");
        assertThat(answers).hasSize(2);
        assertThat(Json.MAPPER.readTree(answers[0]).at("/error/message").asString())
                .contains("malformed JSON");
        assertThat(Json.MAPPER.readTree(answers[1]).at("/error/message").asString())
                .startsWith("not evaluated: this request has spent its evaluation budget");
    }
}
