package org.pledgescope.api;

import java.time.Clock;
import org.pledgescope.json.Json;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;

/** The REST service: the coverage engine over HTTP. Started by {@code pledgescope serve}. */
@SpringBootApplication
@EnableConfigurationProperties(ApiProperties.class)
public class ApiServer {

    public static void start(String... args) {
        SpringApplication.run(ApiServer.class, args);
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
