package org.pledgescope.api.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgescope.api.ApiProperties;
import org.pledgescope.evaluation.RuleSet;
import org.springframework.util.unit.DataSize;

/**
 * A reload that changes a pack's rules serves the new rule set with that pack's decision table already built (within
 * {@link RuleSetHolder#TABLES_BEFORE_SERVING}): no query of the edited pack is answered by firing its rules meanwhile.
 */
class ReloadServesCompleteTablesTest {
    private static final String AMAZON = "amazon-rekognition-moratorium";

    @Test
    void aRuleEditIsServedWithItsTableComplete(@TempDir Path dir) throws IOException {
        copy(Path.of("rules"), dir);
        RuleSetHolder holder = new RuleSetHolder(properties(dir), bundlesOff(), Clock.systemUTC());
        RuleSet first = holder.current().orElseThrow();
        first.completeTables(1);
        long cells = first.filledCells(AMAZON);
        assertThat(cells).isPositive();

        Files.writeString(
                dir.resolve(AMAZON).resolve("decisions.drl"),
                "\n// an edit the rules compile afresh\n",
                StandardOpenOption.APPEND);
        RuleSet reloaded = holder.reload();

        assertThat(reloaded.revision()).isNotEqualTo(first.revision());
        assertThat(reloaded.tableFromCache(AMAZON)).isFalse();
        assertThat(reloaded.filledCells(AMAZON)).isEqualTo(cells);
    }

    private static ApiProperties properties(Path rules) {
        return new ApiProperties(
                rules,
                false,
                Duration.ofMillis(100),
                null,
                DataSize.ofMegabytes(1),
                DataSize.ofMegabytes(16),
                10_000,
                null,
                Duration.ofSeconds(2),
                DataSize.ofKilobytes(64),
                1000,
                500,
                DataSize.ofMegabytes(32),
                Duration.ofSeconds(60),
                Duration.ofSeconds(10),
                DataSize.ofMegabytes(100),
                5,
                1000);
    }

    private static BundleSettings bundlesOff() {
        return new BundleSettings(
                null,
                null,
                Duration.ofSeconds(30),
                0.1,
                DataSize.ofMegabytes(32),
                DataSize.ofMegabytes(256),
                Duration.ofSeconds(60));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
