package org.pledgescope.api.coverage;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
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
 * {@code pledgescope.decision-log=FILE} turns it on. A path that cannot be written stops the service at start;
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
        this.failures = Counter.builder("pledgescope.decision-log.failures")
                .description("Decisions that could not be written to the decision log")
                .register(registry);
        if (path == null) {
            this.file = null;
            return;
        }
        Path parent = path.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new UnusableSettingException(
                    "pledgescope.decision-log: cannot write " + path + ": no such directory");
        }
        try {
            this.file = new DecisionLogFile(path, maxBytes, keep);
        } catch (IOException e) {
            throw new UnusableSettingException("pledgescope.decision-log: cannot write " + path + ": " + reason(e));
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

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String message = e.getMessage();
        if (e instanceof FileNotFoundException
                && message != null
                && message.endsWith(")")
                && message.lastIndexOf(" (") > 0) {
            return message.substring(message.lastIndexOf(" (") + 2, message.length() - 1); // e.g. "Permission denied"
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
