package org.pledgescope.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pledgescope.verdict.Verdict;

/** The runner returns, per scenario, the actual result and every difference from the expectation. */
class ScenarioRunnerTest {
    private final RunResult run = new ScenarioRunner(ShippedRules.ruleSet())
            .run(ShippedRules.load(ShippedRules.fixture("failing")), name -> true);

    @Test
    void aScenarioMeetingItsExpectationPasses() {
        ScenarioResult ok = run.results().get(0);

        assertThat(ok.passed()).isTrue();
        assertThat(ok.actual().verdict()).isEqualTo(Verdict.COVERED);
    }

    @Test
    void verdictClausesAndQuestionsAreDiffed() {
        ScenarioResult ice = run.results().get(1);

        assertThat(ice.passed()).isFalse();
        assertThat(ice.mismatches())
                .containsExactly(
                        Mismatch.value("verdict", "COVERED", "UNDETERMINED"),
                        Mismatch.sets("clauses", List.of("amazon-2020-06-10#humanitarian-organizations"), List.of()),
                        Mismatch.sets("openQuestions", List.of("amazon-sales"), List.of("amazon-federal-agencies")));
    }

    @Test
    void missingFactsAndAssumedAreDiffedAsExactSets() {
        ScenarioResult sheriff = run.results().get(2);

        assertThat(sheriff.mismatches())
                .containsExactly(
                        Mismatch.sets("missingFacts", List.of("purpose"), List.of("contract.signedOn")),
                        Mismatch.sets("assumed", List.of("amazon-existing-contracts: applies"), List.of()));
    }

    @Test
    void countsAddUp() {
        assertThat(run.passed()).isEqualTo(1);
        assertThat(run.failed()).isEqualTo(2);
        assertThat(run.skipped()).isZero();
    }

    @Test
    void onlyRunsMatchingScenariosAndCountsTheRestAsSkipped() {
        RunResult only = new ScenarioRunner(ShippedRules.ruleSet())
                .run(ShippedRules.load(ShippedRules.fixture("failing")), name -> name.contains("ICE"));

        assertThat(only.results())
                .extracting(r -> r.scenario().name())
                .containsExactly("ICE face search wrongly expected covered");
        assertThat(only.skipped()).isEqualTo(2);
        assertThat(PrettyReporter.closingLine(only)).isEqualTo("0 passed, 1 failed, 2 skipped");
    }
}
