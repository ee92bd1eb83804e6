package org.pledgescope.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import org.junit.jupiter.api.Test;
import org.pledgescope.json.Json;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A body that stops arriving is the client's doing: 408, in the shape of every other problem. Tomcat's read timeout
 * (2 s here) ends a body that stalls; the body timeout (4 s here) one that trickles, a byte now and then.
 */
@SpringBootTest(
        classes = ApiServer.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.tomcat.connection-timeout=2s", "pledgescope.body-timeout=4s"})
class StalledBodyTest {
    @LocalServerPort
    int port;

    private static String post(String path, String type, String framing) {
        return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + type + "\r\n" + framing + "\r\n";
    }

    private static void assertTimedOut(RawHttp.Answer answer, String path) {
        assertThat(answer.status()).as(answer.head() + "\n" + answer.body()).isEqualTo(408);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = Json.MAPPER.readTree(answer.body());
        assertThat(problem.get("status").asInt()).isEqualTo(408);
        assertThat(problem.get("instance").asString()).isEqualTo(path);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEmpty();
        assertThat(problem.has("properties")).isFalse();
    }

    @Test
    void aJsonBodyThatStallsIs408AfterTheReadTimeout() throws Exception {
        try (Socket s = RawHttp.open(port, post("/v1/coverage", "application/json", "Content-Length: 100\r\n") + "{")) {
            RawHttp.Answer answer = RawHttp.read(s, 15_000);
            assertTimedOut(answer, "/v1/coverage");
            assertThat(answer.millis()).isBetween(1_500L, 10_000L);
        }
    }

    @Test
    void aJsonBodyThatTricklesIs408AfterTheBodyTimeout() throws Exception {
        try (Socket s = RawHttp.open(port, post("/v1/coverage", "application/json", "Content-Length: 100\r\n") + "{")) {
            long start = System.nanoTime();
            for (int i = 0; i < 5; i++) {
                Thread.sleep(1_000);
                RawHttp.send(s, " ");
            }
            RawHttp.Answer answer = RawHttp.read(s, 15_000);
            assertTimedOut(answer, "/v1/coverage");
            assertThat((System.nanoTime() - start) / 1_000_000).isBetween(3_500L, 12_000L);
        }
    }

    @Test
    void anNdjsonStreamThatStallsBeforeItsFirstLineIs408() throws Exception {
        String chunked = post("/v1/coverage/batch", "application/x-ndjson", "Transfer-Encoding: chunked\r\n");
        try (Socket s = RawHttp.open(port, chunked + "1\r\n{\r\n")) {
            RawHttp.Answer answer = RawHttp.read(s, 15_000);
            assertTimedOut(answer, "/v1/coverage/batch");
            assertThat(answer.millis()).isBetween(1_500L, 10_000L);
        }
    }
}
