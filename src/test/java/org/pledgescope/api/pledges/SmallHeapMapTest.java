package org.pledgescope.api.pledges;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.pledgescope.api.ServerProcess;
import org.pledgescope.json.Json;

/**
 * {@code serve} under {@code -Xmx256m} with one map thread: a map of more cells than its heap allows (the whole of
 * packs/large-map, 2,178,576 cells, which takes gigabytes) is refused before it is made — such a map used to run the
 * service out of memory and leave it alive but answering nothing — a map just within the limit (26,568 cells, nearly
 * each its own region) is made, and the service stays ready. And a service that does run out of memory (here: its
 * limits lifted on a 128 MiB heap) exits with status 3, started with plain {@code java}, no JVM flag.
 */
class SmallHeapMapTest {
    private static final String MAP = "/v1/pledges/many-cells/map";

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private HttpResponse<String> get(ServerProcess server, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(server.base().resolve(path))
                        .timeout(Duration.ofSeconds(120))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aMapTooLargeForA256MiBHeapIsRefusedAndTheServiceStaysReady() throws Exception {
        try (ServerProcess server = ServerProcess.start(
                "small-heap-map",
                List.of("-Xmx256m"),
                "--rules",
                MapBudgetTest.LARGE_MAP,
                "--pledgescope.map-threads=1")) {
            HttpResponse<String> tooLarge = get(server, MAP);
            assertThat(tooLarge.statusCode()).as(tooLarge.body()).isEqualTo(400);
            // Half the heap at 4 KiB a cell, for the one map thread.
            assertThat(tooLarge.body()).contains("2178576 cells").contains("pledgescope.map-max-cells) of 32768;");

            HttpResponse<String> narrowed = get(server, MAP + "?asKnownOn=2024-01-01&where=sample.a=A1,A2,A3");
            assertThat(narrowed.statusCode()).as(narrowed.body()).isEqualTo(200);
            assertThat(Json.MAPPER.readTree(narrowed.body()).get("regions").size())
                    .as("a region for nearly every cell")
                    .isGreaterThan(25_000);

            assertThat(server.ready()).isTrue();
            assertThat(server.log()).doesNotContain("java.lang.OutOfMemoryError");
        }
    }

    @Test
    void aServiceThatRunsOutOfMemoryExits() throws Exception {
        try (ServerProcess server = ServerProcess.start(
                "out-of-memory",
                List.of("-Xmx128m"),
                "--rules",
                MapBudgetTest.LARGE_MAP,
                "--pledgescope.map-max-cells=3000000",
                "--pledgescope.map-time-limit=10m")) {
            assertThat(server.log()).contains("Started without -XX:+ExitOnOutOfMemoryError");
            http.sendAsync(
                    HttpRequest.newBuilder(server.base().resolve(MAP)) // 2,178,576 cells
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(server.process().waitFor(180, TimeUnit.SECONDS))
                    .as("the service exited after running out of memory")
                    .isTrue();
            assertThat(server.process().exitValue()).isEqualTo(3);
            assertThat(server.log()).contains("pledgescope: out of memory");
        }
    }
}
