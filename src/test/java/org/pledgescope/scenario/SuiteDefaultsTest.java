package org.pledgescope.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pledgescope.query.Query;

/** The suite's pledge and defaults are merged into each query; the query wins, key by key. */
class SuiteDefaultsTest {
    private final List<Scenario> scenarios = ShippedRules.load(ShippedRules.fixture("merge/defaults.yaml"))
            .get(0)
            .scenarios();

    @Test
    void theQueryWinsAndNestedMappingsMergeKeyByKey() {
        Query q = scenarios.get(0).query();

        assertThat(q.pledge()).isEqualTo("amazon-rekognition-moratorium");
        assertThat(q.useDate()).isEqualTo(LocalDate.of(2020, 7, 15));
        assertThat(q.asKnownOn()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(q.fact("agency.type")).isEqualTo("SHERIFF");
        assertThat(q.fact("agency.country")).isEqualTo("US");
        assertThat(q.fact("activity")).isEqualTo("USE");
        assertThat(q.fact("purpose")).isNull();
    }

    @Test
    void aNullInTheQueryClearsADefault() {
        Query q = scenarios.get(1).query();

        assertThat(q.fact("agency.type")).isNull();
        assertThat(q.fact("agency.country")).isNull();
        assertThat(q.fact("activity")).isEqualTo("DEVELOPMENT");
    }

    @Test
    void eachScenarioKnowsItsFileAndLine() {
        assertThat(scenarios)
                .extracting(Scenario::location)
                .containsExactly(
                        "src/test/resources/scenarios/merge/defaults.yaml:9",
                        "src/test/resources/scenarios/merge/defaults.yaml:15");
        assertThat(scenarios).extracting(Scenario::suite).containsOnly("Defaults merged into each query");
    }
}
