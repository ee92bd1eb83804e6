package org.pledgescope.api.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.pledgescope.api.ApiTest;
import org.pledgescope.json.Json;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * JSON bodies and NDJSON lines are read strictly and refused in words (fixtures under src/test/resources/json): a
 * comment, a second value, a key given twice (it was last-wins), a byte that is not UTF-8 (it was read as U+FFFD
 * and echoed back). No refusal names the parser's features or types, or reads as the garbled "Trailing token (a
 * setting) found after value (bound as a setting)".
 */
class StrictJsonTest extends ApiTest {
    private static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

    private static byte[] fixture(String name) throws IOException {
        return Files.readAllBytes(Path.of("src/test/resources/json", name));
    }

    private JsonNode refused(String fixture) throws Exception {
        String body = mvc.perform(post("/v1/coverage")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(fixture(fixture)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(body)
                .doesNotContain("Feature")
                .doesNotContain("ALLOW_")
                .doesNotContain("a setting")
                .doesNotContain("Trailing token")
                .doesNotContain("`")
                .doesNotContain("\uFFFD");
        return Json.MAPPER.readTree(body).at("/errors/0");
    }

    @Test
    void aCommentIsRefusedInWords() throws Exception {
        assertThat(refused("comment.json").get("message").asString())
                .isEqualTo("malformed JSON at line 2, column 3: comments are not allowed in JSON");
    }

    @Test
    void aSecondValueIsRefusedInWords() throws Exception {
        assertThat(refused("two-values.json").get("message").asString())
                .isEqualTo("malformed JSON at line 17, column 1: more text after the JSON value: one value is"
                        + " expected, followed by nothing but whitespace");
    }

    @Test
    void aKeyGivenTwiceIsRefusedNamingTheKeyAndItsLine() throws Exception {
        JsonNode error = refused("duplicate-key.json");
        assertThat(error.get("field").asString()).isEqualTo("agency.type");
        assertThat(error.get("message").asString())
                .isEqualTo("malformed JSON at line 8, column 11: duplicate key 'type': a key may appear once in an"
                        + " object");
    }

    @Test
    void aByteThatIsNotUtf8IsRefusedNamingIt() throws Exception {
        assertThat(refused("invalid-utf8.json").get("message").asString())
                .isEqualTo("not valid UTF-8: byte 0xE9 at byte offset 145 (line 6, column 29) starts a character"
                        + " whose next bytes do not follow in UTF-8");
    }

    @Test
    void aJsonBatchWithAKeyGivenTwiceNamesTheItem() throws Exception {
        String item = new String(fixture("duplicate-key.json"), StandardCharsets.UTF_8);
        mvc.perform(post("/v1/coverage/batch")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[" + example() + "," + item + "]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("[1].agency.type"));
    }

    @Test
    void ndjsonLinesAreReadStrictlyEachOnItsOwn() throws Exception {
        String[] answers = mvc.perform(
                        post("/v1/coverage/batch").contentType(NDJSON).content(fixture("mixed.ndjson")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8)
                .split("\n");
        assertThat(answers).hasSize(5);
        assertThat(answers[0]).contains("\"verdict\":\"COVERED\"");
        JsonNode duplicate = Json.MAPPER.readTree(answers[1]);
        assertThat(duplicate.get("line").asInt()).isEqualTo(2);
        assertThat(duplicate.at("/error/errors/0/field").asString()).isEqualTo("agency.type");
        assertThat(duplicate.at("/error/errors/0/message").asString()).contains("duplicate key 'type'");
        JsonNode notUtf8 = Json.MAPPER.readTree(answers[2]);
        assertThat(notUtf8.get("line").asInt()).isEqualTo(3);
        assertThat(notUtf8.at("/error/errors/0/message").asString())
                .isEqualTo("not valid UTF-8: byte 0xE9 at byte offset 123 of the line (column 124) starts a"
                        + " character whose next bytes do not follow in UTF-8");
        assertThat(answers[2]).doesNotContain("\uFFFD");
        assertThat(Json.MAPPER
                        .readTree(answers[3])
                        .at("/error/errors/0/message")
                        .asString())
                .isEqualTo("malformed JSON at line 1, column 27: comments are not allowed in JSON");
        assertThat(answers[4]).contains("\"verdict\":\"COVERED\"");
    }
}
