package org.pledgescope.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pledgescope.json.Json;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;

/**
 * 10,000 seeded bodies, mutated from a good query or made up, sent to every coverage endpoint: no 5xx, no answer
 * naming an internal class, and every answer a problem+json or a Decision, or a batch whose items are Decisions
 * or per-item errors.
 */
class FuzzTest extends ApiTest {
    static final int BODIES = 10_000;
    private static final String[] TOKENS = {
        "{",
        "}",
        "[",
        "]",
        "\"",
        "\\",
        ",",
        ":",
        "null",
        "true",
        "-",
        "1e999",
        "99999999999999999999999",
        "\"pledge\"",
        "\"assume\"",
        "{\"a\":",
        "\u0000",
        "\u2028",
        "\uD800",
        "\r",
        "\n",
        "\"2020-02-30\"",
        "\"MUNICIPAL_POLICE\"",
        "\"\\u0000\"",
        "[[[[[[",
        "\"agency\":{}",
        "0x1F",
        "NaN",
        "/*x*/"
    };
    private static final String[] FIELDS = {
        "pledge",
        "useDate",
        "asKnownOn",
        "agency",
        "name",
        "type",
        "country",
        "activity",
        "capability",
        "purpose",
        "contract",
        "signedOn",
        "assume",
        "x",
        ""
    };

    private final Random random = new Random(13);
    private final String good = example().replace("\n", " ");

    @Test
    void tenThousandSeededBodiesGetNo5xxAndOnlyWellFormedAnswers() throws Exception {
        int[] byStatus = new int[6];
        long[] nanosByKind = new long[10];
        for (int i = 0; i < BODIES; i++) {
            int kind = random.nextInt(10);
            String path = kind < 6 ? "/v1/coverage" : "/v1/coverage/batch";
            String type = kind < 8 ? "application/json" : "application/x-ndjson";
            byte[] body = kind < 6 ? one() : kind < 8 ? array() : ndjson();
            long start = System.nanoTime();
            MockHttpServletResponse r = mvc.perform(post(path).contentType(type).content(body))
                    .andReturn()
                    .getResponse();
            nanosByKind[kind] += System.nanoTime() - start;
            String answer = r.getContentAsString(StandardCharsets.UTF_8);
            String what = "#" + i + " " + path + " " + type + " " + new String(body, StandardCharsets.UTF_8) + "\n→ "
                    + r.getStatus() + " " + answer;
            byStatus[r.getStatus() / 100]++;
            assertThat(r.getStatus()).as(what).isLessThan(500);
            if (r.getStatus() >= 400) {
                assertThat(r.getContentType()).as(what).startsWith("application/problem+json");
                assertThat(Problems.namesInternals(answer)).as(what).isFalse();
                assertThat(Json.MAPPER.readTree(answer).get("errors").isArray())
                        .as(what)
                        .isTrue();
            } else if (type.equals("application/x-ndjson")) {
                for (String line : answer.split("\n")) {
                    checkItem(Json.MAPPER.readTree(line), what);
                }
            } else if (path.endsWith("/batch")) {
                for (JsonNode item : Json.MAPPER.readTree(answer)) {
                    checkItem(item, what);
                }
            } else {
                assertThat(Json.MAPPER.readTree(answer).get("results").isArray())
                        .as(what)
                        .isTrue();
            }
        }
        System.out.printf(
                "FuzzTest: %d bodies, by status class %s, ms by kind %s%n",
                BODIES,
                Arrays.toString(byStatus),
                Arrays.toString(
                        Arrays.stream(nanosByKind).map(n -> n / 1_000_000).toArray()));
        assertThat(byStatus[2]).as("some bodies are answered").isGreaterThan(BODIES / 20);
        assertThat(byStatus[4]).as("some bodies are refused").isGreaterThan(BODIES / 20);
    }

    private static void checkItem(JsonNode item, String what) {
        if (item.has("error")) {
            assertThat(item.get("error").get("message").asString()).as(what).isNotEmpty();
            assertThat(Problems.namesInternals(item.get("error").toString()))
                    .as(what)
                    .isFalse();
        } else {
            assertThat(item.get("results").isArray()).as(what).isTrue();
        }
    }

    private byte[] one() {
        return switch (random.nextInt(4)) {
            case 0, 1 -> mutate(good).getBytes(StandardCharsets.UTF_8);
            case 2 -> tree(0).getBytes(StandardCharsets.UTF_8);
            default -> bytes();
        };
    }

    private byte[] array() {
        if (random.nextInt(5) == 0) {
            return one();
        }
        List<String> items = new ArrayList<>();
        for (int n = random.nextInt(4); n >= 0; n--) {
            items.add(random.nextBoolean() ? mutate(good) : tree(0));
        }
        return ("[" + String.join(",", items) + "]").getBytes(StandardCharsets.UTF_8);
    }

    private byte[] ndjson() {
        StringBuilder lines = new StringBuilder();
        for (int n = random.nextInt(4); n >= 0; n--) {
            lines.append(random.nextBoolean() ? mutate(good) : tree(0)).append(random.nextInt(4) == 0 ? "\r\n" : "\n");
        }
        return lines.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The text with one to three random edits: a token inserted, a range deleted or repeated, a character swapped. */
    private String mutate(String text) {
        StringBuilder s = new StringBuilder(text);
        for (int n = 1 + random.nextInt(3); n > 0 && !s.isEmpty(); n--) {
            int at = random.nextInt(s.length());
            int len = Math.min(s.length() - at, 1 + random.nextInt(12));
            switch (random.nextInt(4)) {
                case 0 -> s.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
                case 1 -> s.delete(at, at + len);
                case 2 -> s.insert(at, s.substring(at, at + len));
                default -> s.setCharAt(at, (char) (32 + random.nextInt(95)));
            }
        }
        return s.toString();
    }

    /** A random JSON value with the query's field names among others. */
    private String tree(int depth) {
        int pick = random.nextInt(depth > 3 ? 4 : 7);
        return switch (pick) {
            case 0 -> "\"" + FIELDS[random.nextInt(FIELDS.length)] + "\"";
            case 1 -> String.valueOf(random.nextInt(3) == 0 ? random.nextDouble() : random.nextLong());
            case 2 -> random.nextBoolean() ? "null" : "false";
            case 3 -> "\"" + "x".repeat(random.nextInt(3) == 0 ? 2_000 : 5) + "\"";
            case 4 -> "[" + tree(depth + 1) + (random.nextBoolean() ? "," + tree(depth + 1) : "") + "]";
            default -> {
                StringBuilder o = new StringBuilder("{");
                for (int n = random.nextInt(4); n >= 0; n--) {
                    o.append('"')
                            .append(FIELDS[random.nextInt(FIELDS.length)])
                            .append("\":")
                            .append(tree(depth + 1));
                    o.append(n > 0 ? "," : "");
                }
                yield o.append('}').toString();
            }
        };
    }

    private byte[] bytes() {
        byte[] b = new byte[random.nextInt(64)];
        random.nextBytes(b);
        return b;
    }
}
