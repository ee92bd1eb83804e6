package org.pledgescope.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.pledgescope.json.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The service in its own JVM with a 256 MB heap, sent at once four 12 MB JSON batches whose answers would be
 * larger still and four bodies of 80,000 unknown assumptions: a batch is refused (429, 413) or answered up to its
 * cap with the rest not evaluated, the bodies get a 4xx, none a 500, and the service answers health afterwards.
 */
class SmallHeapTest {
    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** A JSON array of 10,000 valid queries of every pledge, each with a 1,000-character agency name: about 12 MB. */
    private static String bigBatch() {
        ObjectNode query = (ObjectNode) Json.MAPPER.readTree(ApiTest.example());
        query.remove("pledge");
        ((ObjectNode) query.get("agency")).put("name", "n".repeat(1_000));
        String item = Json.MAPPER.writeValueAsString(query);
        return IntStream.range(0, 10_000).mapToObj(i -> item).collect(Collectors.joining(",", "[", "]"));
    }

    private static String manyAssumptions() {
        return IntStream.range(0, 80_000)
                .mapToObj(i -> "\"q" + i + "\":\"r\"")
                .collect(Collectors.joining(",", "{\"assume\":{", "}}"));
    }

    @Test
    void requestsWithHugeAnswersGet4xxNever500UnderA256MbHeap() throws Exception {
        int port = freePort();
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(
                javaBin,
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1",
                "-Dpledgescope.cache=" + System.getProperty("pledgescope.cache", "off"),
                "-cp",
                System.getProperty("java.class.path"),
                "org.pledgescope.PledgeScope",
                "serve",
                "--port",
                String.valueOf(port),
                "--rules",
                "rules",
                "--spring.main.banner-mode=off");
        File log = new File("target/small-heap-server.log");
        pb.redirectErrorStream(true).redirectOutput(log);
        Process server = pb.start();
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        URI base = URI.create("http://127.0.0.1:" + port);
        try {
            awaitUp(http, base, server);
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            String batch = bigBatch();
            String assume = manyAssumptions();
            for (int i = 0; i < 4; i++) {
                answers.add(http.sendAsync(
                        post(base.resolve("/v1/coverage/batch"), batch), HttpResponse.BodyHandlers.ofString()));
                answers.add(http.sendAsync(
                        post(base.resolve("/v1/coverage"), assume), HttpResponse.BodyHandlers.ofString()));
            }
            for (int i = 0; i < answers.size(); i++) {
                HttpResponse<String> r = answers.get(i).get();
                String shown = r.body().length() > 300 ? r.body().substring(0, 300) : r.body();
                if (i % 2 == 0 && r.statusCode() == 200) {
                    // a batch admitted: answered in order up to its cap (32 MiB), every later item not evaluated
                    JsonNode items = Json.MAPPER.readTree(r.body());
                    assertThat(items).as(shown).hasSize(10_000);
                    assertThat(items.get(9_999).at("/error/message").asString())
                            .startsWith("not evaluated: the answer to this batch reached its limit");
                    continue;
                }
                assertThat(r.statusCode()).as(shown).isIn(400, 413, 429);
                assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            }
            assertThat(http.send(
                                    HttpRequest.newBuilder(base.resolve("/actuator/health/liveness"))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .statusCode())
                    .isEqualTo(200);
            assertThat(Files.readString(log.toPath())).doesNotContain("java.lang.OutOfMemoryError");
        } finally {
            server.destroy();
            if (!server.waitFor(10, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    private static HttpRequest post(URI uri, String body) {
        return HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static void awaitUp(HttpClient http, URI base, Process server) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(server.isAlive())
                    .as("the server exited; see target/small-heap-server.log")
                    .isTrue();
            try {
                if (http.send(
                                        HttpRequest.newBuilder(base.resolve("/actuator/health/readiness"))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the server did not start within 180 s; see target/small-heap-server.log");
    }
}
