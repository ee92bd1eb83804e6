package org.pledgescope.api;

import java.time.Clock;
import org.pledgescope.json.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;

/** The REST service: the coverage engine over HTTP. Started by {@code pledgescope serve}. */
@SpringBootApplication
@EnableConfigurationProperties({ApiProperties.class, ServingLimits.class})
public class ApiServer {
    private static final Logger log = LoggerFactory.getLogger(ApiServer.class);

    /** Starts the service for {@code serve}: see {@link OutOfMemoryExit} for what happens when the heap runs out. */
    public static void start(String... args) {
        OutOfMemoryExit.arm();
        SpringApplication.run(ApiServer.class, args);
    }

    /** Once logging is set up: the out-of-memory guard watches the log too. */
    @Bean
    ApplicationListener<ApplicationStartedEvent> outOfMemoryGuard() {
        return event -> {
            OutOfMemoryExit.watchLog();
            if (OutOfMemoryExit.armed() && !OutOfMemoryExit.jvmExits()) {
                log.warn(
                        "Started without -XX:+ExitOnOutOfMemoryError (bin/pledgescope serve sets it): an "
                                + "OutOfMemoryError the service sees ends it with status {}",
                        OutOfMemoryExit.STATUS);
            }
        };
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The API writes JSON exactly as the CLI does: one configuration for both. */
    @Bean
    JsonMapperBuilderCustomizer pledgeScopeJson() {
        return Json::configure;
    }
}
