package org.pledgescope.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pledgescope.evaluation.SemanticsFixture.result;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pledgescope.verdict.PledgeResult;
import org.pledgescope.verdict.UnusedAssumption;
import org.pledgescope.verdict.Verdict;

/**
 * Semantics 2: an assumption takes part only where its question bears on the use. One that no finding raises
 * changes nothing, and the result says so, naming the statement that settled the question if one did.
 */
class AssumptionsTest {
    private static final String FEDERAL = "'agency':{'type':'FEDERAL_LAW_ENFORCEMENT','country':'US'}";

    @Test
    void anAssumptionForAQuestionAKnownStatementSettledChangesNothingAndSaysWhichStatement() {
        PledgeResult r = result(FEDERAL + ",'asKnownOn':'2021-06-01','assume':{'t-federal':'any'}");
        assertThat(r.verdict()).isEqualTo(Verdict.NOT_COVERED);
        assertThat(r.assumed()).isEmpty();
        assertThat(r.assumedWithoutEffect())
                .containsExactly(new UnusedAssumption("t-federal", "any", "t-2021-06-01", "police-only"));
        assertThat(r.because())
                .doesNotContain("assuming")
                .endsWith(" Assuming t-federal = any changes nothing: t-2021-06-01 settled it (police-only).");
    }

    @Test
    void beforeTheSettlingStatementIsKnownTheSameAssumptionDecides() {
        PledgeResult r = result(FEDERAL + ",'asKnownOn':'2021-05-31','assume':{'t-federal':'any'}");
        assertThat(r.verdict()).isEqualTo(Verdict.COVERED);
        assertThat(r.assumed()).isEqualTo(Map.of("t-federal", "any"));
        assertThat(r.assumedWithoutEffect()).isNull();
        assertThat(r.because()).endsWith("assuming t-federal = any.");
    }

    @Test
    void anAssumptionForAQuestionThatDoesNotBearOnTheUseSaysSo() {
        PledgeResult r = result("'assume':{'t-trafficking':'allowed','t-foreign':'worldwide'}");
        assertThat(r.verdict()).isEqualTo(Verdict.COVERED);
        assertThat(r.assumed()).isEmpty();
        assertThat(r.assumedWithoutEffect())
                .containsExactly(
                        new UnusedAssumption("t-foreign", "worldwide", null, null),
                        new UnusedAssumption("t-trafficking", "allowed", null, null));
        assertThat(r.because())
                .isEqualTo("The pledge restricts this use: \u201cWe pause police use of face search for"
                        + " one year.\u201d (Example Corp, 2020-01-01). Assuming t-foreign = worldwide changes nothing: the"
                        + " question does not bear on this use. Assuming t-trafficking = allowed changes nothing: the question"
                        + " does not bear on this use.");
    }

    @Test
    void aSettlementByAnAmendmentCountsOnlyForUsesItAppliesTo() {
        // t-sales is settled by the amendment t-2020-09-01, which applies from 2020-09-15.
        String sale = "'activity':'SALE','asKnownOn':'2021-01-01','assume':{'t-sales':'use-only'}";
        PledgeResult later = result(sale + ",'useDate':'2020-10-01'");
        assertThat(later.verdict()).isEqualTo(Verdict.COVERED);
        assertThat(later.assumedWithoutEffect())
                .containsExactly(new UnusedAssumption("t-sales", "use-only", "t-2020-09-01", "sales-too"));
        PledgeResult earlier = result(sale + ",'useDate':'2020-09-01'");
        assertThat(earlier.verdict()).isEqualTo(Verdict.NOT_COVERED);
        assertThat(earlier.assumed()).isEqualTo(Map.of("t-sales", "use-only"));
    }
}
