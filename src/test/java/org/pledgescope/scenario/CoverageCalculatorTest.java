package org.pledgescope.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Coverage lists what a run never reached: rules never fired, clauses never cited, questions never raised. */
class CoverageCalculatorTest {

    @Test
    void aSmallSuiteLeavesMostOfThePackUncovered() {
        RunResult run = new ScenarioRunner(ShippedRules.ruleSet())
                .run(ShippedRules.load(ShippedRules.fixture("failing")), name -> true);

        PackCoverage c = CoverageCalculator.compute(ShippedRules.ruleSet(), run).get(0);

        assertThat(c.pack()).isEqualTo("amazon-rekognition-moratorium");
        assertThat(c.rulesNeverFired())
                .contains("development-of-facial-recognition", "missing-persons-exception")
                .doesNotContain("police-use", "federal-agencies-may-be-police", "contract-predates-pledge");
        assertThat(c.clausesNeverCited())
                .contains("amazon-2020-06-10#humanitarian-organizations")
                .doesNotContain("amazon-2020-06-10#police-use");
        assertThat(c.questionsNeverRaised())
                .contains("amazon-sales", "amazon-development")
                .doesNotContain("amazon-federal-agencies", "amazon-existing-contracts");
        assertThat(c.percent())
                .isEqualTo(100.0 * (c.rules() - c.rulesNeverFired().size()) / c.rules())
                .isLessThan(100.0);
    }

    @Test
    void skippedScenariosDoNotCount() {
        RunResult none = new ScenarioRunner(ShippedRules.ruleSet())
                .run(ShippedRules.load(ShippedRules.fixture("failing")), name -> false);

        PackCoverage c =
                CoverageCalculator.compute(ShippedRules.ruleSet(), none).get(0);

        assertThat(c.rulesNeverFired()).hasSize(c.rules());
        assertThat(c.percent()).isZero();
    }
}
