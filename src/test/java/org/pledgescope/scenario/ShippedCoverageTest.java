package org.pledgescope.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped suites fire every rule of every shipped pack: a rule no scenario reaches is untested. */
class ShippedCoverageTest {

    @Test
    void shippedSuitesFireEveryRuleOfEveryShippedPack() {
        RunResult run =
                new ScenarioRunner(ShippedRules.ruleSet()).run(ShippedRules.load(ShippedRules.EXAMPLES), n -> true);
        List<PackCoverage> coverage = CoverageCalculator.compute(ShippedRules.ruleSet(), run);

        assertThat(coverage)
                .extracting(PackCoverage::pack)
                .containsExactlyElementsOf(ShippedRules.ruleSet().packIds());
        for (PackCoverage pack : coverage) {
            assertThat(pack.rulesNeverFired())
                    .as("rules of %s no shipped scenario fires", pack.pack())
                    .isEmpty();
            assertThat(pack.percent()).isEqualTo(100.0);
        }
    }
}
