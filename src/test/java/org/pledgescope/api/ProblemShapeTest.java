package org.pledgescope.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pledgescope.json.Json;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Every error has one shape, whoever answers it (the API, Spring MVC, Tomcat's error page, Tomcat's own report, the
 * body reader): {@code detail}, {@code instance} (the path asked for), {@code status}, {@code title} and
 * {@code errors} as a list of {@code {field, message}} at the top level, and nothing else.
 */
@SpringBootTest(
        classes = ApiServer.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.tomcat.connection-timeout=2s", "pledgescope.body-timeout=4s"})
class ProblemShapeTest {
    private static final Set<String> FIELDS = Set.of("detail", "instance", "status", "title", "errors");

    @LocalServerPort
    int port;

    private static String request(String method, String path, String headers, String body) {
        return method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" + headers
                + (body == null ? "" : "Content-Length: " + body.length() + "\r\n") + "\r\n"
                + (body == null ? "" : body);
    }

    private void assertShape(String what, RawHttp.Answer answer, int status, String path) {
        String context = what + ": " + answer.head() + "\n" + answer.body();
        assertThat(answer.status()).as(context).isEqualTo(status);
        assertThat(answer.header("Content-Type")).as(context).startsWith("application/problem+json");
        JsonNode problem = Json.MAPPER.readTree(answer.body());
        List<String> names = new ArrayList<>(problem.propertyNames());
        assertThat(names).as(context).containsExactlyInAnyOrderElementsOf(FIELDS);
        assertThat(problem.get("status").asInt()).as(context).isEqualTo(status);
        assertThat(problem.get("instance").asString()).as(context).isEqualTo(path);
        assertThat(problem.get("detail").asString()).as(context).isNotBlank();
        assertThat(problem.get("title").asString()).as(context).isNotBlank();
        assertThat(problem.get("errors").isArray()).as(context).isTrue();
        assertThat(problem.get("errors")).as(context).isNotEmpty();
        for (JsonNode e : problem.get("errors")) {
            assertThat(e.has("field") && e.has("message")).as(context).isTrue();
        }
    }

    @Test
    void everyErrorHasTheSameFieldsAndNamesThePathAskedFor() throws Exception {
        String json = "Content-Type: application/json\r\n";
        assertShape(
                "invalid query",
                RawHttp.exchange(port, request("POST", "/v1/coverage", json, "{\"activity\":\"BUY\"}")),
                400,
                "/v1/coverage");
        assertShape(
                "malformed JSON",
                RawHttp.exchange(port, request("POST", "/v1/coverage", json, "{x")),
                400,
                "/v1/coverage");
        assertShape(
                "unknown pledge",
                RawHttp.exchange(port, request("GET", "/v1/pledges/acme/map", "", null)),
                404,
                "/v1/pledges/acme/map");
        assertShape("unknown path", RawHttp.exchange(port, request("GET", "/nowhere", "", null)), 404, "/nowhere");
        assertShape(
                "wrong method",
                RawHttp.exchange(port, request("DELETE", "/v1/coverage", "", null)),
                405,
                "/v1/coverage");
        assertShape(
                "wrong media type",
                RawHttp.exchange(port, request("POST", "/v1/coverage", "Content-Type: text/plain\r\n", "x")),
                415,
                "/v1/coverage");
        assertShape(
                "declared body too large",
                RawHttp.exchange(
                        port,
                        "POST /v1/coverage HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" + json
                                + "Content-Length: 5000000\r\n\r\n{"),
                413,
                "/v1/coverage");
        assertShape(
                "Transfer-Encoding the container does not support",
                RawHttp.exchange(
                        port,
                        "POST /v1/coverage HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: identity\r\n" + json
                                + "Connection: close\r\n\r\n{}"),
                501,
                "/v1/coverage");
    }

    @Test
    void aBodyThatTimesOutHasTheSameShape() throws Exception {
        String start = "POST /v1/coverage HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: 100\r\n\r\n{";
        try (Socket stalled = RawHttp.open(port, start);
                Socket trickling = RawHttp.open(port, start)) {
            for (int i = 0; i < 5; i++) {
                Thread.sleep(1_000);
                RawHttp.send(trickling, " ");
            }
            assertShape("a stalled body", RawHttp.read(stalled, 15_000), 408, "/v1/coverage");
            assertShape("a trickling body", RawHttp.read(trickling, 15_000), 408, "/v1/coverage");
        }
    }
}
