package org.pledgescope.api;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.pledgescope.json.Json;
import org.pledgescope.verdict.Decision;
import org.pledgescope.verdict.PledgeResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One JSON line per decision on the logger {@code pledgescope.decisions}: decisionId, revision, query, verdicts
 * and latency. Off by default; {@code pledgescope.decision-log=FILE} turns it on and writes it to FILE.
 */
@Component
class DecisionLog {
    static final String LOGGER = "pledgescope.decisions";
    private static final String APPENDER = "decision-log";
    private final Logger log = LoggerFactory.getLogger(LOGGER);
    private final Path file;

    DecisionLog(ApiProperties properties) {
        this.file = properties.decisionLog();
        if (file != null) {
            routeTo(file);
        }
    }

    void record(Decision decision, long nanos) {
        if (file != null && ((ch.qos.logback.classic.Logger) log).getAppender(APPENDER) == null) {
            routeTo(file); // logging was initialised afresh (as another application context in the JVM does)
        }
        if (!log.isInfoEnabled()) {
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
        log.info(Json.MAPPER.writeValueAsString(line));
    }

    private static synchronized void routeTo(Path file) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        if (context.getLogger(LOGGER).getAppender(APPENDER) != null) {
            return;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%msg%n");
        encoder.start();
        FileAppender<ILoggingEvent> appender = new FileAppender<>();
        appender.setContext(context);
        appender.setName(APPENDER);
        appender.setFile(file.toString());
        appender.setEncoder(encoder);
        appender.start();
        ch.qos.logback.classic.Logger logger = context.getLogger(LOGGER);
        logger.addAppender(appender);
        logger.setAdditive(false);
        logger.setLevel(Level.INFO);
    }
}
