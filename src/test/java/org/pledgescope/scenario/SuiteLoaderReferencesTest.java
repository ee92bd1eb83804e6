package org.pledgescope.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.pledgescope.diagnostics.Problem;

/** Ids the loaded packs do not declare (pledge, question, reading, clause, fact) are load errors at their line. */
class SuiteLoaderReferencesTest {
    private static final String FILE = "src/test/resources/scenarios/invalid/unknown-ids.yaml:";

    @Test
    void everyUnknownIdIsReportedAtItsLine() {
        SuiteLoadException e = catchThrowableOfType(
                SuiteLoadException.class, () -> ShippedRules.load(ShippedRules.fixture("invalid/unknown-ids.yaml")));

        assertThat(e.problems())
                .extracting(Problem::toString)
                .satisfiesExactly(
                        p -> assertThat(p)
                                .startsWith(FILE + "8: unknown open question 'amazon-federal-agency' in query.assume"),
                        p -> assertThat(p)
                                .isEqualTo(FILE + "8: unknown reading 'no-sale' of amazon-sales in query.assume; "
                                        + "allowed: [no-sales, use-only]"),
                        p -> assertThat(p)
                                .startsWith(FILE + "11: unknown clause 'amazon-2020-06-10#police' in expect.clauses"),
                        p -> assertThat(p)
                                .startsWith(FILE + "12: unknown open question 'amazon-existing-contract' in "
                                        + "expect.openQuestions"),
                        p -> assertThat(p)
                                .startsWith(FILE
                                        + "13: unknown fact 'agency' in expect.missingFacts (did you mean 'agency.country' or"
                                        + " 'agency.type'?); amazon-rekognition-moratorium can miss: "),
                        // Whatever packs rules/ holds: adding, renaming or removing one never breaks this test.
                        p -> assertThat(p)
                                .isEqualTo(FILE + "15: unknown pledge 'amazon-moratorium'; loaded: "
                                        + ShippedRules.ruleSet().packIds()));
    }
}
