package org.pledgescope.fleet;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One replica: {@code java -jar pledgescope.jar serve --bundle URL --bundle-key KEY} as a process of its own, in a
 * working directory of its own with an empty compiled-rules cache, so it has never seen a rules directory.
 */
final class Replica implements AutoCloseable {
    private final Process process;
    final int port;
    final Path dir;
    final Path cache;
    final Path log;

    private Replica(Process process, int port, Path dir, Path cache, Path log) {
        this.process = process;
        this.port = port;
        this.dir = dir;
        this.cache = cache;
        this.log = log;
    }

    static Replica start(Path jar, Path dir, int port, String bundleUrl, Path publicKey, Duration poll)
            throws IOException {
        Files.createDirectories(dir);
        Path cache = Files.createDirectories(dir.resolve("cache"));
        Path log = dir.resolve("replica.log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-jar",
                jar.toString(),
                "serve",
                "--port",
                String.valueOf(port),
                "--bundle",
                bundleUrl,
                "--bundle-key",
                publicKey.toString(),
                "--bundle-poll",
                poll.toMillis() + "ms",
                // On a machine shared by a whole CI run, a pack's rules may wait for a core longer than the 2 s
                // default; answers are compared with the rules directory's, so none may be a TIME_LIMIT error.
                "--pledgescope.rule-time-limit=60s",
                "--spring.main.banner-mode=off"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("PLEDGESCOPE_CACHE", cache.toString());
        builder.environment().remove("XDG_CACHE_HOME");
        return new Replica(builder.start(), port, dir, cache, log);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Waits until the replica answers its readiness probe with 200. */
    void awaitReady(HttpClient http, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("replica on port " + port + " exited:\n" + Files.readString(log));
            }
            try {
                HttpResponse<Void> ready = http.send(
                        HttpRequest.newBuilder(uri("/actuator/health/readiness"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(
                "replica on port " + port + " not ready after " + timeout + ":\n" + Files.readString(log));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
