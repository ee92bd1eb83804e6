package org.pledgescope.api;

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
import java.util.concurrent.TimeUnit;

/**
 * {@code serve} in a JVM of its own, as an operator starts it ({@code java -Xmx… … serve}), on a free loopback port
 * with its output in a file under target/: for what only a real process shows (its heap, its exit).
 */
public final class ServerProcess implements AutoCloseable {
    private final Process process;
    private final Path log;
    private final URI base;
    private final int port;

    private ServerProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
        this.base = URI.create("http://127.0.0.1:" + port);
    }

    /** Starts {@code serve} with these JVM options and these arguments after {@code serve}, and waits until ready. */
    public static ServerProcess start(String name, List<String> jvmOptions, String... serveArgs) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Dpledgescope.cache=" + System.getProperty("pledgescope.cache", "off"));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.pledgescope.PledgeScope", "serve"));
        command.addAll(List.of("--port", String.valueOf(port), "--spring.main.banner-mode=off"));
        command.addAll(List.of(serveArgs));
        Path log = Path.of("target", name + ".log");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        ServerProcess server = new ServerProcess(process, log, port);
        server.awaitReady();
        return server;
    }

    public URI base() {
        return base;
    }

    public int port() {
        return port;
    }

    public Process process() {
        return process;
    }

    public String log() throws IOException {
        return Files.readString(log);
    }

    /** Whether readiness answers 200 within a few seconds. */
    public boolean ready() {
        try {
            return HttpClient.newHttpClient()
                            .send(
                                    HttpRequest.newBuilder(base.resolve("/actuator/health/readiness"))
                                            .timeout(Duration.ofSeconds(5))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode()
                    == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void awaitReady() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the server exited (" + process.exitValue() + "); see " + log);
            }
            if (ready()) {
                return;
            }
            Thread.sleep(250);
        }
        close();
        throw new AssertionError("the server was not ready within 180 s; see " + log);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
