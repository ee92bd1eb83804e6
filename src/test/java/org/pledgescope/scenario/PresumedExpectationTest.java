package org.pledgescope.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pledgescope.TestRules;
import org.pledgescope.diagnostics.Problem;
import org.pledgescope.evaluation.RuleSet;

/** {@code expect.presumed}: the exact presumed readings of a result (semantics 8), checked as a set; a typo is refused. */
class PresumedExpectationTest {
    private static final RuleSet RULES = TestRules.load(TestRules.packs("presumed"));

    private static List<ScenarioResult> run(String dir) {
        List<Suite> suites = new SuiteLoader(Clock.systemUTC()).load(List.of(ShippedRules.fixture(dir)), RULES);
        return new ScenarioRunner(RULES).run(suites, name -> true).results();
    }

    @Test
    void thePresumedReadingsAreComparedExactly() {
        List<ScenarioResult> results = run("presumed");
        assertThat(results.get(0).passed()).isTrue();
        assertThat(results.get(1).mismatches())
                .containsExactly(Mismatch.sets("presumed", List.of(), List.of("p-still-holds: still-holds")));
        assertThat(results.get(2).mismatches())
                .containsExactly(Mismatch.sets("presumed", List.of("p-still-holds: ended"), List.of()));
    }

    @Test
    void anUnknownQuestionInExpectPresumedIsReportedAtItsLine() {
        assertThatThrownBy(() -> new SuiteLoader(Clock.systemUTC())
                        .load(List.of(Path.of("src/test/resources/scenarios/presumed-typo")), RULES))
                .isInstanceOfSatisfying(
                        SuiteLoadException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::toString)
                                .singleElement()
                                .asString()
                                .startsWith(
                                        "src/test/resources/scenarios/presumed-typo/typo.yaml:9: unknown open question"
                                                + " 'p-still-hold' in expect.presumed"));
    }

    @Test
    void aQuestionDecidingUnderItsPresumedReadingCountsAsRaisedForCoverage() {
        RunResult run = new ScenarioRunner(RULES)
                .run(
                        new SuiteLoader(Clock.systemUTC()).load(List.of(ShippedRules.fixture("presumed")), RULES),
                        n -> true);
        assertThat(CoverageCalculator.compute(RULES, run).get(0).questionsNeverRaised())
                .doesNotContain("p-still-holds")
                .contains("p-federal", "p-research");
    }
}
