package org.pledgescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

/** A one-shot run's logging: warnings and errors on stderr, a line each, nothing below WARN, nothing from Drools. */
class CliLogsTest {
    private static String stderrOf(Runnable logging) {
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            logging.run();
        } finally {
            System.setErr(old);
        }
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void warningsAndErrorsAreALineEachOnStderr() {
        Logger log = new CliLogs().getLoggerFactory().getLogger("org.pledgescope.engine.RuleGuard");
        String err = stderrOf(() -> {
            log.info("not shown");
            log.debug("not shown");
            log.warn("Pack {}: the rules ran past the time limit", "amazon");
            log.error("Line {} could not be evaluated", 7, new IllegalStateException("boom"));
        });
        assertThat(err)
                .startsWith("WARN engine.RuleGuard: Pack amazon: the rules ran past the time limit\n"
                        + "ERROR engine.RuleGuard: Line 7 could not be evaluated\n"
                        + "java.lang.IllegalStateException: boom")
                .doesNotContain("not shown");
    }

    @Test
    void droolsAndKieSaySomethingOnlyThroughPledgeScopesOwnProblems() {
        String err = stderrOf(() -> {
            new CliLogs().getLoggerFactory().getLogger("org.drools.compiler.X").error("noise");
            new CliLogs().getLoggerFactory().getLogger("org.kie.api.Y").warn("noise");
        });
        assertThat(err).isEmpty();
    }

    @Test
    void aCliRunChoosesItUnlessLogbackIsConfiguredOrAProviderChosen() {
        // The build's tests choose logback (pom.xml), so a CLI run inside them keeps it.
        assertThat(System.getProperty(CliLogging.PROVIDER)).contains("Logback");
        CliLogging.quiet();
        assertThat(System.getProperty(CliLogging.PROVIDER)).contains("Logback");
    }
}
