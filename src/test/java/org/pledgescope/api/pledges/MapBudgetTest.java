package org.pledgescope.api.pledges;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.pledgescope.api.ApiServer;
import org.pledgescope.json.Json;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * What one map may cost: more worlds than the heap allows is refused before any is answered (400 naming where), and
 * a map still being made at its time limit is stopped (503 naming the limit), freeing the map thread at once.
 * Without the bounds, each of these maps takes far longer than the client's 30 s.
 */
@SpringBootTest(
        classes = ApiServer.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"pledgescope.map-time-limit=8s", "pledgescope.map-max-worlds=1000000"})
class MapBudgetTest {
    private static final String MICROSOFT = "/v1/pledges/microsoft-police-sales/map";

    @LocalServerPort
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode problem(HttpResponse<String> r) {
        return Json.MAPPER.readTree(r.body());
    }

    @Test
    void aMapOfMillionsOfWorldsIsRefusedBeforeAnyIsAnswered() throws Exception {
        HttpResponse<String> huge = get(MICROSOFT + "?where=purpose=CRIMINAL_INVESTIGATION,OTHER"); // 2,903,040 worlds
        assertThat(huge.statusCode()).as(huge.body()).isEqualTo(400);
        assertThat(problem(huge).get("errors").get(0).get("field").asString()).isEqualTo("where");
        assertThat(problem(huge).get("detail").asString())
                .contains("2903040 worlds")
                .contains("pledgescope.map-max-worlds")
                .contains("1000000");
    }

    /** A few hundred worlds of Amazon's pack, read as known on {@code day}. */
    private HttpResponse<String> small(String day) throws Exception {
        return get("/v1/pledges/amazon-rekognition-moratorium/map?asKnownOn=" + day + "&useDate=2020-07-15"
                + "&where=agency.type=SHERIFF&where=activity=USE&where=capability=FACE_COMPARISON");
    }

    @Test
    void aMapPastItsTimeLimitIsStoppedAndTheThreadFreed() throws Exception {
        assertThat(small("2020-07-15").statusCode()).isEqualTo(200);
        HttpResponse<String> slow = get(
                MICROSOFT // 508,032 worlds: far more than 8 s of work on one thread
                        + "?where=agency.type=MUNICIPAL_POLICE&where=agency.country=US");
        assertThat(slow.statusCode()).as(slow.body()).isEqualTo(503);
        assertThat(problem(slow).get("detail").asString())
                .contains("time limit of 8000 ms")
                .contains("pledgescope.map-time-limit");

        HttpResponse<String> next = small("2020-07-16");
        assertThat(next.statusCode()).as(next.body()).isEqualTo(200);
    }
}
