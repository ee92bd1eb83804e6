package org.pledgescope.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.pledgescope.diagnostics.Problem;
import org.pledgescope.diagnostics.Problems;

/** A misspelt key is a load error naming its file and line, never a check silently skipped. */
class SuiteLoaderTypoTest {

    @Test
    void misspeltExpectKeyIsALoadErrorAtItsLine() {
        SuiteLoadException e = catchThrowableOfType(
                SuiteLoadException.class, () -> ShippedRules.load(ShippedRules.fixture("typo/misspelled-key.yaml")));

        assertThat(e.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "src/test/resources/scenarios/typo/misspelled-key.yaml:10: unknown key 'openQuestion' in expect "
                                + "(did you mean 'openQuestions'?); allowed: [assumed, clauses, missingFacts, openQuestions, "
                                + "presumed, verdict]");
    }

    @Test
    void misspeltSuiteAndScenarioKeysAreReportedToo() {
        Problems problems = new Problems();
        String text = """
                suite: S
                pledge: amazon-rekognition-moratorium
                scenario:
                  - name: x
                """;
        SuiteLoader.Draft suite = new SuiteLoader(Clock.systemUTC()).parse("s.yaml", text, problems);

        assertThat(suite.scenarios()).isEmpty();
        assertThat(problems.sorted())
                .extracting(Problem::toString)
                .containsExactly("s.yaml:3: unknown key 'scenario' in the suite (did you mean 'scenarios'?); allowed: "
                        + "[defaults, pledge, scenarios, suite]");
    }
}
