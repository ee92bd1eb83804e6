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
 * What one map may cost, on a pack whose whole map is 2,178,576 cells with answers that differ from cell to cell
 * (packs/large-map: minutes of work and gigabytes of heap): a map of more cells than {@code pledgescope.map-max-cells}
 * is refused before any cell is answered (400 naming where), and a map within it still being made at its time limit
 * is stopped (503 naming the limit), freeing the map thread at once, and is not kept. Without the bounds, each of these
 * maps takes far longer than the client's 30 s.
 */
@SpringBootTest(
        classes = ApiServer.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "pledgescope.rules=" + MapBudgetTest.LARGE_MAP,
            "pledgescope.map-threads=1",
            "pledgescope.map-time-limit=2s",
            "pledgescope.map-max-cells=2000000"
        })
class MapBudgetTest {
    /** A pack of 2,178,576 cells (see its pack.yaml). */
    static final String LARGE_MAP = "src/test/resources/packs/large-map";

    static final String MAP = "/v1/pledges/many-cells/map";

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
    void aMapOfMillionsOfCellsIsRefusedBeforeAnyIsAnswered() throws Exception {
        HttpResponse<String> huge = get(MAP);
        assertThat(huge.statusCode()).as(huge.body()).isEqualTo(400);
        assertThat(problem(huge).get("errors").get(0).get("field").asString()).isEqualTo("where");
        assertThat(problem(huge).get("detail").asString())
                .contains("2178576 cells")
                .contains("pledgescope.map-max-cells")
                .contains("2000000");
    }

    /** The 1,296 cells of one day of the pack. */
    private HttpResponse<String> small(String day) throws Exception {
        return get(MAP + "?asKnownOn=" + day + "&useDate=" + day);
    }

    @Test
    void aMapPastItsTimeLimitIsStoppedAndTheThreadFreed() throws Exception {
        HttpResponse<String> first = small("2021-07-15");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        HttpResponse<String> slow = get(MAP + "?where=sample.a=A1,A2,A3,A4,A5"); // 1,815,480 cells, under the limit
        assertThat(slow.statusCode()).as(slow.body()).isEqualTo(503);
        assertThat(problem(slow).get("detail").asString())
                .contains("time limit of 2000 ms")
                .contains("pledgescope.map-time-limit");

        HttpResponse<String> next = small("2021-07-16");
        assertThat(next.statusCode()).as(next.body()).isEqualTo(200);

        HttpResponse<String> again = get(MAP + "?where=sample.a=A1,A2,A3,A4,A5");
        assertThat(again.statusCode())
                .as("a map stopped is not kept: made again, stopped again")
                .isEqualTo(503);
    }
}
