package org.pledgescope.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.pledgescope.json.Json;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The service over a real socket: a decision, an NDJSON stream, a problem, and the Prometheus scrape. */
@SpringBootTest(
        classes = ApiServer.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"management.prometheus.metrics.export.enabled=true", "pledgescope.body-timeout=5s"})
class RealSocketTest {
    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void answersOverHttp() throws Exception {
        HttpResponse<String> decision = post("/v1/coverage", "application/json", ApiTest.example());
        assertThat(decision.statusCode()).isEqualTo(200);
        JsonNode d = Json.MAPPER.readTree(decision.body());
        assertThat(d.get("results").get(0).get("verdict").asString()).isEqualTo("COVERED");

        String line = ApiTest.example().replace("\n", "");
        HttpResponse<String> stream = post("/v1/coverage/batch", "application/x-ndjson", line + "\n{}\n" + line + "\n");
        assertThat(stream.statusCode()).isEqualTo(200);
        assertThat(stream.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/x-ndjson"));
        assertThat(stream.body().lines()).hasSize(3);

        HttpResponse<String> problem = post("/v1/coverage", "application/json", "{\"activity\":\"BUY\"}");
        assertThat(problem.statusCode()).isEqualTo(400);
        assertThat(problem.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(Json.MAPPER
                        .readTree(problem.body())
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asString())
                .isEqualTo("activity");

        HttpResponse<String> scrape = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body())
                .contains("pledgescope_decisions_total{pack=\"amazon-rekognition-moratorium\",verdict=\"COVERED\"}")
                .contains("pledgescope_evaluation_seconds_count");
    }
}
