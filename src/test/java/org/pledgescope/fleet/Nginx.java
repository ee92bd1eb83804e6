package org.pledgescope.fleet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * nginx run from the operator's example config ({@code docs/fleet-nginx.conf}, its {@code ${NAME}} placeholders filled
 * in as envsubst would) with everything it writes (pid, logs, temporary files, the answers cache) in a directory of
 * the test's own; nothing under /etc or /var is read or written.
 */
final class Nginx implements AutoCloseable {
    static final Path TEMPLATE = Path.of("docs/fleet-nginx.conf");
    static final String HOW_TO_INSTALL =
            "nginx is not installed: the fleet test (FleetIT) is skipped. Install it with `apt-get install nginx` "
                    + "(.ci/run does so on a fresh machine).";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)}");

    private final Path binary;
    private final Path config;
    private final Path prefix;
    private final Path pidFile;

    private Nginx(Path binary, Path config, Path prefix, Path pidFile) {
        this.binary = binary;
        this.config = config;
        this.prefix = prefix;
        this.pidFile = pidFile;
    }

    /** The nginx binary on the PATH or in the usual sbin directories, or null. */
    static Path binary() {
        List<Path> candidates = new ArrayList<>();
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                candidates.add(Path.of(dir, "nginx"));
            }
        }
        candidates.add(Path.of("/usr/sbin/nginx"));
        candidates.add(Path.of("/usr/local/sbin/nginx"));
        candidates.add(Path.of("/usr/local/nginx/sbin/nginx"));
        return candidates.stream().filter(Files::isExecutable).findFirst().orElse(null);
    }

    /** The template with every placeholder filled in; a placeholder without a value is an error. */
    static String render(Map<String, String> values) throws IOException {
        String template = Files.readString(TEMPLATE, StandardCharsets.UTF_8);
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException(TEMPLATE + " has ${" + m.group(1) + "}, which the test does not fill");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Starts nginx on the rendered config in {@code dir} (STATE_DIR and LOG_DIR must point inside it). */
    static Nginx start(Path dir, Map<String, String> values) throws IOException, InterruptedException {
        Path binary = binary();
        Path config = dir.resolve("nginx.conf");
        Files.writeString(config, render(values));
        Path startupLog = Path.of(values.get("LOG_DIR"), "startup.log");
        Process check = new ProcessBuilder(
                        binary.toString(),
                        "-t",
                        "-q",
                        "-p",
                        dir.toString(),
                        "-c",
                        config.toString(),
                        "-e",
                        startupLog.toString())
                .redirectErrorStream(true)
                .start();
        String checkOutput = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!check.waitFor(30, TimeUnit.SECONDS) || check.exitValue() != 0) {
            throw new IllegalStateException("nginx -t refused " + config + ":\n" + checkOutput);
        }
        // nginx daemonizes: the command returns once the master is up, which records its pid.
        Process start = new ProcessBuilder(
                        binary.toString(), "-p", dir.toString(), "-c", config.toString(), "-e", startupLog.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(start.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!start.waitFor(30, TimeUnit.SECONDS) || start.exitValue() != 0) {
            throw new IllegalStateException("nginx did not start:\n" + output);
        }
        return new Nginx(binary, config, dir, Path.of(values.get("STATE_DIR"), "nginx.pid"));
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid = Long.parseLong(Files.readString(pidFile).strip());
        Process stop = new ProcessBuilder(
                        binary.toString(), "-p", prefix.toString(), "-c", config.toString(), "-s", "quit")
                .redirectErrorStream(true)
                .start();
        stop.getInputStream().readAllBytes();
        stop.waitFor(30, TimeUnit.SECONDS);
        ProcessHandle.of(pid).ifPresent(master -> {
            try {
                master.onExit().get(20, TimeUnit.SECONDS);
            } catch (Exception e) {
                master.destroyForcibly();
            }
        });
    }
}
