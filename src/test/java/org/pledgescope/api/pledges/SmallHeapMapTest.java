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

/**
 * {@code serve} under {@code -Xmx256m}: a map larger than its heap allows is refused before it is made (it used to
 * run the service out of memory and leave it alive but answering nothing), a map within it is made, and the service
 * stays ready. And a service that does run out of memory (here: its limits lifted on a 128 MiB heap) exits with
 * status 3, started with plain {@code java}, no JVM flag.
 */
class SmallHeapMapTest {
    private static final String MICROSOFT_ONE_DAY =
            "/v1/pledges/microsoft-police-sales/map?asKnownOn=2024-06-01&useDate=2024-06-01"; // 241,920 worlds

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
        try (ServerProcess server = ServerProcess.start("small-heap-map", List.of("-Xmx256m"), "--rules", "rules")) {
            HttpResponse<String> tooLarge = get(server, MICROSOFT_ONE_DAY);
            assertThat(tooLarge.statusCode()).as(tooLarge.body()).isEqualTo(400);
            int mapThreads = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
            assertThat(tooLarge.body())
                    .contains("241920 worlds")
                    .contains("pledgescope.map-max-worlds) of " + 65_536 / mapThreads + ";");

            HttpResponse<String> narrowed = get(server, MICROSOFT_ONE_DAY + "&where=agency.type=MUNICIPAL_POLICE");
            assertThat(narrowed.statusCode()).as(narrowed.body()).isEqualTo(200);

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
                "rules",
                "--pledgescope.map-max-worlds=3000000",
                "--pledgescope.map-time-limit=10m")) {
            assertThat(server.log()).contains("Started without -XX:+ExitOnOutOfMemoryError");
            http.sendAsync(
                    HttpRequest.newBuilder(server.base()
                                    .resolve("/v1/pledges/microsoft-police-sales/map"
                                            + "?where=purpose=CRIMINAL_INVESTIGATION,OTHER")) // 2,903,040 worlds
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
