package org.pledgescope.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.pledgescope.diagnostics.Problem;
import org.pledgescope.vocabulary.Vocabulary;

/** A query that does not validate is a load error at the line of the offending field. */
class SuiteLoaderInvalidQueryTest {
    private static final String FILE = "src/test/resources/scenarios/invalid/invalid-query.yaml";

    @Test
    void everyInvalidFieldIsReportedAtItsLine() {
        SuiteLoadException e = catchThrowableOfType(
                SuiteLoadException.class, () -> ShippedRules.load(ShippedRules.fixture("invalid/invalid-query.yaml")));

        // The properties a query may have: whatever facts the shipped packs declare (adding a pack breaks nothing).
        TreeSet<String> allowed = new TreeSet<>(Vocabulary.QUERY_KEYS);
        ShippedRules.ruleSet()
                .vocabulary()
                .facts()
                .forEach(f -> allowed.add(f.path().split("\\.")[0]));
        assertThat(e.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        FILE + ":5: invalid query in the suite's defaults: asKnonwOn: unknown property; allowed: "
                                + allowed,
                        FILE
                                + ":9: invalid query in scenario 'A misspelt agency type': agency.type: 'POLICE' is not one of "
                                + "[MUNICIPAL_POLICE, SHERIFF, STATE_POLICE, FEDERAL_LAW_ENFORCEMENT, IMMIGRATION_ENFORCEMENT, "
                                + "BORDER_PROTECTION, OTHER_GOVERNMENT, NONPROFIT, COMMERCIAL, RESEARCH] or a value set "
                                + "[police, federalLawEnforcement, lawEnforcement, nonLawEnforcement] (did you mean the value set "
                                + "'police'?)",
                        FILE
                                + ":15: invalid query in scenario 'A date that is not a date': contract.signedOn: '2020-13-01' "
                                + "is not an ISO date (YYYY-MM-DD): there is no month 13 (01 to 12)");
    }
}
