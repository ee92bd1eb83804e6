package org.pledgescope.api.pledges;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pledgescope.api.ApiServer;
import org.pledgescope.api.RawHttp;
import org.pledgescope.json.Json;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Thirty different maps asked for at once, each of millions of cells (packs/large-map: minutes of work each), on a
 * service with 20 request threads: one is made and two wait (map-threads 1, map-queue 2), every other is refused at
 * once with 429 and Retry-After, so health and queries are answered as usual; once the clients close their
 * connections, the map being made and those waiting are stopped, and the next map is taken.
 */
@SpringBootTest(
        classes = ApiServer.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "server.tomcat.threads.max=20",
            "pledgescope.map-threads=1",
            "pledgescope.map-queue=2",
            "pledgescope.map-max-cells=3000000", // the flood is about the queue: every map is admitted
            "pledgescope.rules=" + MapBudgetTest.LARGE_MAP,
            "management.prometheus.metrics.export.enabled=true"
        })
class MapFloodTest {
    private static final int FLOOD = 30;
    private static final String QUERY = "{\"pledge\": \"many-cells\", \"useDate\": \"2021-07-15\", \"asKnownOn\":"
            + " \"2021-07-15\", \"sample\": {\"a\": \"A1\", \"b\": \"B2\", \"c\": \"C3\", \"d\": \"D4\"}}";

    @LocalServerPort
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static final List<String> ACTIVITIES = List.of("SALE", "RENEWAL", "PILOT", "USE", "SUPPORT", "DEVELOPMENT");
    private static final List<String> PURPOSES = List.of(
            "CRIMINAL_INVESTIGATION",
            "MISSING_PERSONS",
            "HUMAN_TRAFFICKING_VICTIMS",
            "SURVEILLANCE",
            "IMMIGRATION",
            "IDENTITY_VERIFICATION",
            "OTHER");

    /**
     * The whole map of the pack for one activity and one purpose (facts its rules do not read): 2,178,576 cells, each
     * of the thirty a map of its own.
     */
    private static String bigMap(int n) {
        return "GET " + MapBudgetTest.MAP + "?where=activity=" + ACTIVITIES.get(n % ACTIVITIES.size())
                + "&where=purpose=" + PURPOSES.get(n / ACTIVITIES.size()) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .timeout(Duration.ofSeconds(5))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private double maps(String outcome) throws Exception {
        Matcher m = Pattern.compile("pledgescope_maps_total\\{outcome=\"" + outcome + "\"[^}]*} ([0-9.E]+)")
                .matcher(get("/actuator/prometheus").body());
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    @Test
    void aFloodOfMapsIsRefusedPastTheQueueAndStoppedWhenItsClientsLeave() throws Exception {
        List<Socket> waiting = new ArrayList<>();
        List<RawHttp.Answer> refused = new ArrayList<>();
        try {
            for (int n = 0; n < FLOOD; n++) {
                Socket s = RawHttp.open(port, bigMap(n));
                try {
                    refused.add(RawHttp.read(s, 1_500));
                    s.close();
                } catch (SocketTimeoutException e) {
                    waiting.add(s); // being made or waiting for the map thread
                }
            }
            assertThat(waiting).hasSize(3);
            assertThat(refused).hasSize(FLOOD - 3).allSatisfy(a -> {
                assertThat(a.status()).isEqualTo(429);
                assertThat(Integer.parseInt(a.header("Retry-After"))).isPositive();
                assertThat(Json.MAPPER.readTree(a.body()).get("detail").asString())
                        .startsWith("too many maps and diffs at once");
            });

            assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
            HttpResponse<String> query = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/coverage"))
                            .timeout(Duration.ofSeconds(5))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(QUERY))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(query.statusCode()).isEqualTo(200);
        } finally {
            for (Socket s : waiting) {
                s.close();
            }
        }

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (maps("cancelled") < 3 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(maps("cancelled")).as("maps stopped once their clients left").isEqualTo(3);
        assertThat(maps("made")).isZero();
        HttpResponse<String> small = get(MapBudgetTest.MAP + "?asKnownOn=2021-07-15&useDate=2021-07-15");
        assertThat(small.statusCode()).as(small.body()).isEqualTo(200);
    }
}
