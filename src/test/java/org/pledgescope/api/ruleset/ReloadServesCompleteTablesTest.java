package org.pledgescope.api.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgescope.TestRules;
import org.pledgescope.api.ApiProperties;
import org.pledgescope.evaluation.RuleSet;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * A reload that changes a pack's rules serves the new rule set with that pack's decision table already built (within
 * {@link RuleSetHolder#TABLES_BEFORE_SERVING}): no query of the edited pack is answered by firing its rules meanwhile.
 */
class ReloadServesCompleteTablesTest {
    private static final String AMAZON = "amazon-rekognition-moratorium";

    @Test
    void aRuleEditIsServedWithItsTableComplete(@TempDir Path dir) throws IOException {
        TestRules.copyTree(Path.of("rules"), dir);
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

    /** The service's settings as Boot binds them, every one at its default but the rules directory. */
    private static ApiProperties properties(Path rules) {
        return new Binder(new MapConfigurationPropertySource(Map.of("pledgescope.rules", rules.toString())))
                .bindOrCreate("pledgescope", ApiProperties.class);
    }

    private static BundleSettings bundlesOff() {
        return new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("pledgescope.bundle", BundleSettings.class);
    }
}
