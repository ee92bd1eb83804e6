package org.pledgescope.api.coverage;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.pledgescope.api.ApiProperties;
import org.pledgescope.api.UnusableSettingException;
import org.pledgescope.json.Json;
import org.pledgescope.verdict.Decision;
import org.pledgescope.verdict.PledgeResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * One JSON line per decision: decisionId, revision, query, verdicts and latency. Off by default;
 * {@code pledgescope.decision-log=FILE} turns it on. A path that cannot be written stops the service at start
 * (not a regular file, a directory where no file can be created);
 * a write that fails later (a full disk, a removed directory) is logged once, counted in
 * {@code pledgescope.decision-log.failures} and shows as DOWN in health until a line is written again. The file
 * is rotated by size ({@link DecisionLogFile}).
 */
@Component("decisionLog")
class DecisionLog implements HealthIndicator {
    private static final Logger log = LoggerFactory.getLogger(DecisionLog.class);

    private final DecisionLogFile file;
    private final Counter failures;
    private volatile String failing;

    @org.springframework.beans.factory.annotation.Autowired
    DecisionLog(ApiProperties properties, MeterRegistry registry) {
        this(
                properties.decisionLog(),
                properties.decisionLogMaxSize().toBytes(),
                properties.decisionLogKeep(),
                registry);
    }

    DecisionLog(Path path, long maxBytes, int keep, MeterRegistry registry) {
        this(path, maxBytes, keep, registry, DecisionLogFile.Opener.FILES);
    }

    /** The log at {@code path} (null: no log), its file opened by {@code opener}. */
    DecisionLog(Path path, long maxBytes, int keep, MeterRegistry registry, DecisionLogFile.Opener opener) {
        this.failures = Counter.builder("pledgescope.decision-log.failures")
                .description("Decisions that could not be written to the decision log")
                .register(registry);
        this.file = path == null ? null : open(path, maxBytes, keep, opener);
    }

    /**
     * The log file, or a reason the service cannot start with it: the path must be a regular file or not exist
     * yet, in a directory this process can create files in (rotating the log renames files there). A device such
     * as {@code /dev/full}, a directory, or a file of {@code /proc} is refused here rather than failing on every
     * decision.
     */
    private static DecisionLogFile open(Path path, long maxBytes, int keep, DecisionLogFile.Opener opener) {
        String setting = "pledgescope.decision-log: cannot write " + path + ": ";
        Path parent = path.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new UnusableSettingException(setting + "no such directory");
        }
        if (Files.exists(path) && !Files.isRegularFile(path)) {
            throw new UnusableSettingException(setting + "not a regular file (a directory, device or pipe); name a"
                    + " file in a directory the service may write to");
        }
        try {
            Files.delete(Files.createTempFile(parent, ".pledgescope-", ".probe"));
        } catch (IOException e) {
            throw new UnusableSettingException(setting + "no file can be created in its directory " + parent + " ("
                    + (e instanceof NoSuchFileException ? "it takes no new files" : reason(e))
                    + "); the log is written and rotated there");
        }
        try {
            return new DecisionLogFile(path, maxBytes, keep, opener);
        } catch (IOException e) {
            throw new UnusableSettingException(setting + reason(e));
        }
    }

    void record(Decision decision, long nanos) {
        if (file == null) {
            return;
        }
        Map<String, String> verdicts = new LinkedHashMap<>();
        for (PledgeResult r : decision.results()) {
            verdicts.put(r.pledge(), r.verdict().name());
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("decisionId", decision.decisionId());
        line.put("revision", decision.rulesetRevision());
        line.put("query", decision.query());
        line.put("verdicts", verdicts);
        line.put("latencyMicros", nanos / 1_000);
        byte[] bytes = Json.MAPPER.writeValueAsBytes(line);
        try {
            file.append(bytes);
            if (failing != null) {
                failing = null;
                log.info("The decision log is written again");
            }
        } catch (IOException e) {
            failures.increment();
            if (failing == null) {
                failing = reason(e);
                log.error(
                        "The decision log {} cannot be written ({}); decisions are not logged until it can",
                        file.path(),
                        failing);
            }
        }
    }

    @Override
    public Health health() {
        if (file == null) {
            return Health.up().withDetail("enabled", false).build();
        }
        return failing == null
                ? Health.up().withDetail("enabled", true).build()
                : Health.down()
                        .withDetail("error", failing)
                        .withDetail("failures", (long) failures.count())
                        .build();
    }

    /** Why a file operation failed, without the file's path (health shows it to anyone). */
    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f) {
            return f.getReason() != null ? f.getReason() : "cannot write the file";
        }
        String message = e.getMessage();
        if (e instanceof FileNotFoundException
                && message != null
                && message.endsWith(")")
                && message.lastIndexOf(" (") > 0) {
            return message.substring(message.lastIndexOf(" (") + 2, message.length() - 1); // e.g. "Permission denied"
        }
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
