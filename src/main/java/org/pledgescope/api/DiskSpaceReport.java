package org.pledgescope.api;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.application.DiskSpaceHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Free disk space in health and metrics without an absolute path: both answer anyone who can reach the port, and
 * a path tells them how the machine is laid out. Spring Boot's own check shows the path it checks (it is turned
 * off in application.properties); this one checks the same directory ({@code management.health.diskspace.path},
 * by default the working directory) against the same threshold and shows the figures only. The metrics
 * {@code disk.free} and {@code disk.total} are tagged with the directory's own name instead of its path.
 */
@Configuration(proxyBeanMethods = false)
class DiskSpaceReport {
    @Bean("diskSpace")
    HealthIndicator diskSpaceHealth(
            @Value("${management.health.diskspace.path:.}") File path,
            @Value("${management.health.diskspace.threshold:10MB}") DataSize threshold) {
        DiskSpaceHealthIndicator check = new DiskSpaceHealthIndicator(path, threshold);
        return () -> {
            Health health = check.health();
            Map<String, Object> details = new LinkedHashMap<>(health.getDetails());
            details.remove("path");
            return Health.status(health.getStatus()).withDetails(details).build();
        };
    }

    @Bean
    MeterFilter diskMetricsWithoutPaths() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                String path = id.getTag("path");
                if (path == null || !id.getName().startsWith("disk.")) {
                    return id;
                }
                List<Tag> tags = id.getTags().stream()
                        .map(t -> t.getKey().equals("path") ? Tag.of("path", directoryName(path)) : t)
                        .toList();
                return id.replaceTags(tags);
            }
        };
    }

    /** {@code /work/pledgescope/.} → {@code pledgescope}; the root is {@code /}. */
    static String directoryName(String path) {
        Path name = Path.of(path).toAbsolutePath().normalize().getFileName();
        return name == null ? "/" : name.toString();
    }
}
