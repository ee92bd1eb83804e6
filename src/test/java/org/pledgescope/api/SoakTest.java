package org.pledgescope.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.pledgescope.TestRules;

/**
 * The short soak of {@code mvn verify} (bench/soak.sh is the long one, with wrk): the service on a 256 MiB heap, for
 * 20 s, answering normal queries while a map flood, slow NDJSON senders and a reload every two seconds go on. Every
 * normal query is answered, none with a 5xx; nothing else gets a 5xx either (maps and streams past their limits get
 * 429); and the service is alive and ready after, its log free of OutOfMemoryError and unexpected errors.
 */
class SoakTest {
    private static final Duration SOAK = Duration.ofSeconds(20);
    private static final String TOKEN = "soak-token";
    private static final String QUERY = ApiTest.example().replace("\n", "");
    /** A pack of 2,178,576 cells, whose maps of a day and half of one fact are each a region nearly per cell. */
    private static final String LARGE_MAP = "src/test/resources/packs/large-map/many-cells";

    private static final List<String> PACKS = List.of(
            "amazon-rekognition-moratorium",
            "ibm-facial-recognition-exit",
            "google-cloud-face-apis",
            "microsoft-police-sales");

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();
    private volatile long stopAt;

    private void count(String what) {
        answers.computeIfAbsent(what, k -> new AtomicInteger()).incrementAndGet();
    }

    private static Path copyOfRules() throws IOException {
        Path target = Path.of("target", "soak-rules");
        if (Files.exists(target)) {
            try (Stream<Path> old = Files.walk(target)) {
                for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        TestRules.copyTree(Path.of("rules"), target);
        TestRules.copyTree(Path.of(LARGE_MAP), target.resolve("many-cells"));
        return target;
    }

    private boolean running() {
        return System.nanoTime() < stopAt;
    }

    /** Normal queries, one after another; returns how many were answered. */
    private int queries(URI base) {
        int n = 0;
        while (running()) {
            try {
                HttpResponse<String> r = http.send(
                        HttpRequest.newBuilder(base.resolve("/v1/coverage"))
                                .timeout(Duration.ofSeconds(10))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(QUERY))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                count("query " + r.statusCode());
            } catch (IOException | InterruptedException e) {
                count("query not answered: " + e.getClass().getSimpleName());
            }
            n++;
        }
        return n;
    }

    /**
     * Maps no one asked for before, given up after a second: of the shipped packs, and of the large pack (8,856 to
     * 35,424 cells, around the limit a 256 MiB heap sets, nearly a region a cell: as costly a cell as a map has).
     */
    private int flood(int port, long seed) {
        Random random = new Random(seed);
        int n = 0;
        while (running()) {
            String path = random.nextInt(3) == 0
                    ? "/v1/pledges/many-cells/map?asKnownOn=" + (2020 + random.nextInt(4)) + "-0"
                            + (1 + random.nextInt(9))
                            + "-1" + random.nextInt(10)
                            + "&where=sample.a=A1,A2,A3,A4".substring(0, 18 + 3 * random.nextInt(4))
                    : "/v1/pledges/" + PACKS.get(random.nextInt(PACKS.size())) + "/map?asKnownOn="
                            + (2020 + random.nextInt(5)) + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10)
                            + "&useDate=202" + random.nextInt(5) + "-07-01"
                            + (random.nextBoolean() ? "&where=agency.type=police" : "");
            try (Socket s = RawHttp.open(port, "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")) {
                count("map " + RawHttp.read(s, 1_000).status());
            } catch (SocketTimeoutException e) {
                count("map given up");
            } catch (IOException e) {
                count("map failed: " + e.getClass().getSimpleName());
            }
            n++;
        }
        return n;
    }

    /** An NDJSON stream sending a line every two seconds while it is taken; a refused one tries again. */
    private int slowStream(int port) throws InterruptedException {
        String line = QUERY + "\n";
        String chunk = Integer.toHexString(line.getBytes(StandardCharsets.UTF_8).length) + "\r\n" + line + "\r\n";
        while (running()) {
            try (Socket s = RawHttp.open(
                    port,
                    "POST /v1/coverage/batch HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-ndjson\r\n"
                            + "Transfer-Encoding: chunked\r\n\r\n" + chunk)) {
                try {
                    count("stream " + RawHttp.read(s, 500).status());
                    Thread.sleep(1_000);
                    continue;
                } catch (SocketTimeoutException taken) {
                    count("stream taken"); // sending slowly until the soak ends
                }
                while (running()) {
                    Thread.sleep(2_000);
                    RawHttp.send(s, chunk);
                }
                RawHttp.send(s, "0\r\n\r\n");
                count("stream " + RawHttp.read(s, 30_000).status());
            } catch (IOException e) {
                count("stream failed: " + e.getClass().getSimpleName());
            }
        }
        return 0;
    }

    private int reloads(URI base, Path rules) throws Exception {
        Path yaml = rules.resolve("amazon-rekognition-moratorium/pack.yaml");
        String original = Files.readString(yaml);
        int n = 0;
        while (running()) {
            Files.writeString(yaml, original + "\n# soak " + (n++ % 2) + "\n");
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(base.resolve("/v1/ruleset/reload"))
                            .timeout(Duration.ofSeconds(60))
                            .header("Authorization", "Bearer " + TOKEN)
                            .POST(HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            count("reload " + r.statusCode());
            Thread.sleep(2_000);
        }
        return n;
    }

    @Test
    void underAMapFloodSlowStreamsAndReloadsEveryQueryIsAnsweredAndTheServiceLives() throws Exception {
        Path rules = copyOfRules();
        try (ServerProcess server = ServerProcess.start(
                "soak-test", List.of("-Xmx256m"), "--rules", rules.toString(), "--pledgescope.admin-token=" + TOKEN)) {
            URI base = server.base();
            int port = server.port();
            ExecutorService load = Executors.newCachedThreadPool();
            stopAt = System.nanoTime() + SOAK.toNanos();
            List<Future<Integer>> queriers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                queriers.add(load.submit(() -> queries(base)));
            }
            for (int i = 0; i < 8; i++) {
                long seed = i;
                load.submit(() -> flood(port, seed));
            }
            for (int i = 0; i < 20; i++) {
                load.submit(() -> slowStream(port));
            }
            Future<Integer> reloads = load.submit(() -> reloads(base, rules));
            int queries = 0;
            for (Future<Integer> q : queriers) {
                queries += q.get();
            }
            reloads.get();
            load.shutdown();
            assertThat(load.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

            String seen = new TreeMap<>(answers).toString();
            System.out.println("Soak answers: " + seen);
            assertThat(answers.get("query 200")).as(seen).isNotNull();
            assertThat(answers.get("query 200").get()).as(seen).isEqualTo(queries);
            assertThat(answers.keySet())
                    .as(seen)
                    .allSatisfy(
                            what -> assertThat(what).doesNotMatch(".* 5\\d\\d").doesNotContain("failed"));
            assertThat(answers.keySet()).as(seen).contains("map 429", "stream 429", "reload 200");
            assertThat(server.process().isAlive()).isTrue();
            assertThat(server.ready()).isTrue();
            assertThat(server.log())
                    .doesNotContain("java.lang.OutOfMemoryError")
                    .doesNotContain("Unexpected error");
        }
    }
}
