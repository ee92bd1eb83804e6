package org.pledgescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The CLI's logging, set in code: warnings on stderr, Drools silent, and only when a CLI run asked for it. */
class CliLogbackConfiguratorTest {
    @AfterEach
    void forget() {
        System.clearProperty(CliLogging.PROPERTY);
    }

    @Test
    void aCliRunGetsWarningsOnStderrAndNothingFromDrools() {
        System.setProperty(CliLogging.PROPERTY, "quiet");
        LoggerContext context = new LoggerContext();
        CliLogbackConfigurator configurator = new CliLogbackConfigurator();
        configurator.setContext(context);

        ExecutionStatus status = configurator.configure(context);

        assertThat(status).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.WARN);
        assertThat(root.getAppender("STDERR"))
                .isInstanceOfSatisfying(
                        ConsoleAppender.class, a -> assertThat(a.getTarget()).isEqualTo("System.err"));
        assertThat(context.getLogger("org.drools").getLevel()).isEqualTo(Level.OFF);
        assertThat(context.getLogger("org.kie").getLevel()).isEqualTo(Level.OFF);
    }

    @Test
    void otherwiseLogbackConfiguresItselfAsBefore() {
        LoggerContext context = new LoggerContext();
        CliLogbackConfigurator configurator = new CliLogbackConfigurator();
        configurator.setContext(context);

        ExecutionStatus status = configurator.configure(context);

        assertThat(status).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR"))
                .isNull();
    }
}
