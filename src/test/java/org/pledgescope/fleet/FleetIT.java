package org.pledgescope.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pledgescope.TestRules;
import org.pledgescope.bundle.BundleFixtures;
import org.pledgescope.evaluation.Evaluator;
import org.pledgescope.evaluation.RandomQueries;
import org.pledgescope.evaluation.RuleSet;
import org.pledgescope.evaluation.RuleSetLoader;
import org.pledgescope.json.Json;
import org.pledgescope.query.Query;
import org.pledgescope.verdict.Decision;
import org.pledgescope.verdict.VerdictResolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A real fleet: nginx ({@code docs/fleet-nginx.conf}) serving signed bundles and balancing two replicas, each a
 * process of the packaged jar that has never seen a rules directory. While random, distinct queries (GET and POST) go
 * through nginx, a new bundle is published: no request fails, every answer names the old or the new revision (the
 * same in its header and its body), both replicas serve the new one within two poll intervals, and a tampered bundle
 * published next is refused by both while they keep answering. A replica then answers 10,000 random queries exactly as
 * the rules directory loaded here does, and has written nothing into its cache or working directory.
 */
@ExtendWith(NeedsNginx.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FleetIT {
    private static final Duration POLL = Duration.ofSeconds(8);
    private static final Path JAR = Path.of(System.getProperty("pledgescope.jar", "target/pledgescope.jar"));

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private Path base;
    private Path bundles;
    private Path staged;
    private Nginx nginx;
    private final List<Replica> replicas = new ArrayList<>();
    private int balancer;
    private RuleSet oldRules;
    private RuleSet newRules;

    @BeforeAll
    void startTheFleet() throws Exception {
        assertThat(JAR)
                .as("the packaged jar (FleetIT runs in mvn verify, after package)")
                .isRegularFile();
        // Readable by nginx's workers, which run as another user when the test runs as root.
        base = Files.createTempDirectory(
                "pledgescope-fleet",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        bundles = Files.createDirectories(base.resolve("bundles"));
        staged = Files.createDirectories(base.resolve("staged"));
        Path keys = base.resolve("keys");

        // The analyst's side: a key pair, the rules as they are and as edited, each bundled and signed.
        Path oldDir = base.resolve("rules-old");
        Path newDir = base.resolve("rules-new");
        TestRules.copyTree(Path.of("rules"), oldDir);
        TestRules.copyTree(Path.of("rules"), newDir);
        Path edited = newDir.resolve("google-cloud-face-apis/pack.yaml");
        String yaml = Files.readString(edited);
        assertThat(yaml).contains("\ntitle: ");
        Files.writeString(edited, yaml.replaceFirst("\ntitle: ([^\n]*)", "\ntitle: \\$1 (edited for the fleet test)"));
        cli("keygen", "-o", keys.toString());
        cli(
                "bundle",
                "--rules",
                oldDir.toString(),
                "-o",
                bundles.resolve("rules.zip").toString(),
                "--sign",
                keys.resolve("bundle.key").toString());
        cli(
                "bundle",
                "--rules",
                newDir.toString(),
                "-o",
                staged.resolve("new.zip").toString(),
                "--sign",
                keys.resolve("bundle.key").toString());
        RuleSetLoader loader = new RuleSetLoader(java.time.Clock.systemUTC());
        oldRules = loader.load(oldDir);
        newRules = loader.load(newDir);
        assertThat(newRules.revision()).isNotEqualTo(oldRules.revision());

        int bundlePort = freePort();
        balancer = freePort();
        int[] replicaPorts = {freePort(), freePort()};
        Path nginxDir = Files.createDirectories(base.resolve("nginx"));
        Map<String, String> values = new LinkedHashMap<>();
        values.put("LISTEN", "127.0.0.1:" + balancer);
        values.put("BUNDLE_LISTEN", "127.0.0.1:" + bundlePort);
        values.put("BUNDLE_DIR", bundles.toString());
        values.put("REPLICA_1", "127.0.0.1:" + replicaPorts[0]);
        values.put("REPLICA_2", "127.0.0.1:" + replicaPorts[1]);
        values.put(
                "STATE_DIR", Files.createDirectories(nginxDir.resolve("state")).toString());
        values.put("LOG_DIR", Files.createDirectories(nginxDir.resolve("logs")).toString());
        nginx = Nginx.start(nginxDir, values);

        String url = "http://127.0.0.1:" + bundlePort + "/bundles/rules.zip";
        for (int i = 0; i < 2; i++) {
            replicas.add(Replica.start(
                    JAR, base.resolve("replica-" + (i + 1)), replicaPorts[i], url, keys.resolve("bundle.pub"), POLL));
        }
        for (Replica r : replicas) {
            r.awaitReady(http, Duration.ofMinutes(3));
            assertThat(served(r)).isEqualTo(oldRules.revision());
        }
    }

    @AfterAll
    void stopTheFleet() throws Exception {
        for (Replica r : replicas) {
            r.close();
        }
        if (nginx != null) {
            nginx.close();
        }
        if (base != null) {
            keepLogs();
            try (Stream<Path> files = Files.walk(base)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** The replicas' and nginx's logs, kept in target/fleet-it/ for a look after the run. */
    private void keepLogs() throws IOException {
        Path kept = Files.createDirectories(Path.of("target", "fleet-it"));
        try (Stream<Path> files = Files.walk(base)) {
            for (Path log : files.filter(p -> p.toString().endsWith(".log")).toList()) {
                Files.copy(
                        log,
                        kept.resolve(base.relativize(log).toString().replace('/', '-')),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** One answer seen by a client: when it was asked, its status, and the revision its header and body name. */
    record Seen(long askedAt, String how, int status, String header, String body, String error) {}

    @Test
    void aNewBundleRollsOutWithoutAFailedRequestAndATamperedOneIsRefusedByBoth() throws Exception {
        ConcurrentLinkedQueue<Seen> seen = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong counter = new AtomicLong();
        List<Thread> clients = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            RandomQueries queries = new RandomQueries(oldRules, 100 + t);
            Thread client = new Thread(() -> {
                while (!stop.get()) {
                    seen.add(ask(queries.next(), counter.incrementAndGet()));
                }
            });
            client.start();
            clients.add(client);
        }
        try {
            long warm = System.nanoTime() + 60_000_000_000L;
            while (seen.size() < 40 && System.nanoTime() < warm) {
                Thread.sleep(100); // answers on the old revision before the new one is published
            }
            long published = System.nanoTime();
            Files.move(
                    staged.resolve("new.zip"),
                    bundles.resolve("rules.zip"),
                    StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            long[] reached = new long[replicas.size()];
            long deadline = published + 3 * POLL.toNanos();
            while (System.nanoTime() < deadline && (reached[0] == 0 || reached[1] == 0)) {
                for (int i = 0; i < replicas.size(); i++) {
                    if (reached[i] == 0 && newRules.revision().equals(served(replicas.get(i)))) {
                        reached[i] = System.nanoTime();
                    }
                }
                Thread.sleep(100);
            }
            for (int i = 0; i < replicas.size(); i++) {
                assertThat(reached[i])
                        .as("replica %d serves the new revision", i + 1)
                        .isPositive();
                assertThat(Duration.ofNanos(reached[i] - published))
                        .as("replica %d reached the new revision within two poll intervals", i + 1)
                        .isLessThanOrEqualTo(POLL.multipliedBy(2));
            }
            long bothNew = Math.max(reached[0], reached[1]);
            Thread.sleep(1_000);

            // A tampered bundle: the new one with a rule file changed after signing.
            byte[] tampered = tamper(Files.readAllBytes(bundles.resolve("rules.zip")));
            Path tmp = staged.resolve("tampered.zip");
            Files.write(tmp, tampered);
            Files.move(
                    tmp,
                    bundles.resolve("rules.zip"),
                    StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            long tamperedAt = System.nanoTime();
            for (Replica r : replicas) {
                String error = null;
                while (System.nanoTime() < tamperedAt + 3 * POLL.toNanos()) {
                    JsonNode bundle = Json.MAPPER
                            .readTree(get(r.uri("/actuator/health")).body())
                            .path("components")
                            .path("rules")
                            .path("details")
                            .path("bundle");
                    if (bundle.path("lastError").path("check").asString("").equals("files")) {
                        error = bundle.path("lastError").path("message").asString();
                        break;
                    }
                    Thread.sleep(100);
                }
                assertThat(error)
                        .as("replica on %d refused the tampered bundle", r.port)
                        .contains("does not match its SHA-256");
                assertThat(served(r)).isEqualTo(newRules.revision());
            }
            Thread.sleep(1_000);
            stop.set(true);
            for (Thread c : clients) {
                c.join(30_000);
            }

            List<Seen> all = new ArrayList<>(seen);
            assertThat(all).hasSizeGreaterThan(50);
            assertThat(all).filteredOn(s -> s.status() != 200).isEmpty();
            Set<String> revisions = Set.of(oldRules.revision(), newRules.revision());
            assertThat(all).allSatisfy(s -> {
                assertThat(s.header()).isIn(revisions);
                assertThat(s.body()).isEqualTo(s.header());
            });
            assertThat(all).extracting(Seen::body).contains(oldRules.revision(), newRules.revision());
            assertThat(all)
                    .as("every query asked once both replicas served the new revision is answered on it")
                    .filteredOn(s -> s.askedAt() > bothNew)
                    .isNotEmpty()
                    .allSatisfy(s -> assertThat(s.body()).isEqualTo(newRules.revision()));
            assertThat(all).extracting(Seen::how).contains("GET", "POST");
            System.out.printf(
                    "FleetIT: %d answers (%d on the old revision), replicas served the new one %d and %d ms after it "
                            + "was published%n",
                    all.size(),
                    all.stream()
                            .filter(x -> oldRules.revision().equals(x.body()))
                            .count(),
                    (reached[0] - published) / 1_000_000,
                    (reached[1] - published) / 1_000_000);
        } finally {
            stop.set(true);
        }
        answersAreCachedByNginx();
        aReplicaAnswersTenThousandQueriesAsTheRulesDirectoryDoes();
        replicasWroteNothingOfTheirOwn();
    }

    /** A GET answer asked twice through nginx: the second from nginx's cache, the same answer and id. */
    private void answersAreCachedByNginx() throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + balancer + "/v1/coverage?pledge=amazon-rekognition-moratorium"
                + "&useDate=2020-07-15&asKnownOn=2020-07-15&agency.type=MUNICIPAL_POLICE&activity=USE");
        HttpResponse<String> first = get(uri);
        HttpResponse<String> second = get(uri);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.headers().firstValue("X-Cache-Status")).hasValue("HIT");
        assertThat(second.headers().firstValue("ETag"))
                .isEqualTo(first.headers().firstValue("ETag"));
        assertThat(second.body()).isEqualTo(first.body());
    }

    /** 10,000 random queries in one NDJSON batch to a replica, each answered as the rules directory answers it. */
    private void aReplicaAnswersTenThousandQueriesAsTheRulesDirectoryDoes() throws Exception {
        RandomQueries queries = new RandomQueries(newRules, 10_000);
        List<Query> asked = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            Query q = queries.next();
            asked.add(q);
            body.append(Json.MAPPER.writeValueAsString(q)).append('\n');
        }
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(replicas.get(0).uri("/v1/coverage/batch"))
                        .header("Content-Type", "application/x-ndjson")
                        .timeout(Duration.ofMinutes(5))
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> lines = response.body().lines().toList();
        assertThat(lines).hasSize(asked.size());
        Evaluator evaluator = new Evaluator(
                Evaluator.DEFAULT_WORLD_LIMIT, VerdictResolver.DEFAULT_CELL_LIMIT, Duration.ofSeconds(60));
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            JsonNode answer = Json.MAPPER.readTree(lines.get(i));
            Decision expected = evaluator.evaluate(newRules, asked.get(i));
            boolean same = answer.path("rulesetRevision").asString("").equals(newRules.revision())
                    && Json.MAPPER
                            .readTree(Json.MAPPER.writeValueAsString(expected.results()))
                            .equals(answer.path("results"));
            if (!same && differences.size() < 3) {
                differences.add(lines.get(i));
            }
        }
        assertThat(differences)
                .as("answers that differ from the rules directory's")
                .isEmpty();
    }

    /** The replicas read their rules from the bundle alone: their cache and working directory hold nothing new. */
    private void replicasWroteNothingOfTheirOwn() throws IOException {
        for (Replica r : replicas) {
            try (Stream<Path> cache = Files.list(r.cache)) {
                assertThat(cache)
                        .as("replica %d's compiled-rules cache", r.port)
                        .isEmpty();
            }
            try (Stream<Path> dir = Files.list(r.dir)) {
                assertThat(dir).as("replica %d's working directory", r.port).containsExactlyInAnyOrder(r.cache, r.log);
            }
            assertThat(Files.readString(r.log)).doesNotContain("compiled here");
        }
    }

    private Seen ask(Query query, long n) {
        long askedAt = System.nanoTime();
        ObjectNode tree = Json.MAPPER.valueToTree(query);
        String name = "fleet-test-" + n;
        String how = n % 2 == 0 ? "GET" : "POST";
        try {
            HttpRequest request;
            if (how.equals("GET")) {
                Map<String, String> params = new LinkedHashMap<>();
                flatten("", tree, params);
                params.put("agency.name", name);
                StringBuilder q = new StringBuilder();
                params.forEach((k, v) -> q.append(q.isEmpty() ? "" : "&")
                        .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                        .append('=')
                        .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
                request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + balancer + "/v1/coverage?" + q))
                        .timeout(Duration.ofSeconds(30))
                        .build();
            } else {
                tree.withObject("agency").put("name", name);
                request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + balancer + "/v1/coverage"))
                        .header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofString(Json.MAPPER.writeValueAsString(tree)))
                        .build();
            }
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String body = response.statusCode() == 200 ? JsonPath.read(response.body(), "$.rulesetRevision") : null;
            return new Seen(
                    askedAt,
                    how,
                    response.statusCode(),
                    response.headers().firstValue("PledgeScope-Revision").orElse(null),
                    body,
                    response.statusCode() == 200 ? null : response.body());
        } catch (IOException | InterruptedException | RuntimeException e) {
            return new Seen(askedAt, how, -1, null, null, e.toString());
        }
    }

    /** A query's JSON as URL parameters named by fact path ({@code agency.type}, {@code assume.QUESTION}). */
    private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (e.getValue().isObject()) {
                flatten(prefix + e.getKey() + ".", e.getValue(), out);
            } else {
                out.put(prefix + e.getKey(), e.getValue().asString());
            }
        }
    }

    private String served(Replica r) throws IOException, InterruptedException {
        HttpResponse<String> view = get(r.uri("/v1/ruleset"));
        return view.statusCode() == 200 ? JsonPath.read(view.body(), "$.revision") : null;
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A bundle with one rule file changed after signing (same length, so only its digest tells). */
    private static byte[] tamper(byte[] archive) {
        List<BundleFixtures.Entry> entries = new ArrayList<>();
        boolean changed = false;
        for (BundleFixtures.Entry e : BundleFixtures.entries(archive)) {
            if (!changed && e.name().endsWith(".drl")) {
                byte[] bytes = e.bytes().clone();
                bytes[bytes.length - 2] = (byte) (bytes[bytes.length - 2] == 'x' ? 'y' : 'x');
                entries.add(new BundleFixtures.Entry(e.name(), bytes));
                changed = true;
            } else {
                entries.add(e);
            }
        }
        assertThat(changed).isTrue();
        return BundleFixtures.zip(entries);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Runs the packaged jar's CLI and fails the test with its output if it does not exit 0. */
    private void cli(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        String cache = System.getProperty("pledgescope.cache");
        if (cache != null) {
            builder.environment()
                    .put("PLEDGESCOPE_CACHE", Path.of(cache).toAbsolutePath().toString());
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue())
                .as("pledgescope %s:%n%s", String.join(" ", args), output)
                .isZero();
    }
}
