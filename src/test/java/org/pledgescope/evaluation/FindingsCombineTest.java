package org.pledgescope.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pledgescope.evaluation.SemanticsFixture.result;

import org.junit.jupiter.api.Test;
import org.pledgescope.verdict.FindingKind;
import org.pledgescope.verdict.PledgeResult;
import org.pledgescope.verdict.Verdict;

/** Semantics 1: any EXEMPTS → NOT_COVERED; else any PROHIBITS → COVERED; else NOT_COVERED. */
class FindingsCombineTest {

    @Test
    void aProhibitingClauseCoversTheUseAndIsQuotedWithItsSource() {
        PledgeResult r = result("");
        assertThat(r.verdict()).isEqualTo(Verdict.COVERED);
        assertThat(r.reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.effect()).isEqualTo(FindingKind.PROHIBITS);
            assertThat(reason.rule()).isEqualTo("ban");
            assertThat(reason.clause()).isEqualTo("t-2020-01-01#ban");
            assertThat(reason.quote()).isEqualTo("We pause police use of face search for one year.");
            assertThat(reason.source().published()).hasToString("2020-01-01");
            assertThat(reason.source().url()).isEqualTo("https://example.org/announcement");
        });
        assertThat(r.because()).startsWith("The pledge restricts this use").contains("We pause police use");
    }

    @Test
    void anExemptionBeatsAProhibition() {
        PledgeResult r = result("'purpose':'MISSING_PERSONS'");
        assertThat(r.verdict()).isEqualTo(Verdict.NOT_COVERED);
        assertThat(r.reasons()).extracting(x -> x.effect()).containsExactly(FindingKind.PROHIBITS, FindingKind.EXEMPTS);
        assertThat(r.because()).startsWith("An exception lifts the pledge").contains("missing persons");
    }

    @Test
    void aUseNoClauseReachesIsNotCovered() {
        PledgeResult r = result("'capability':'OTHER_IMAGE_ANALYSIS'");
        assertThat(r.verdict()).isEqualTo(Verdict.NOT_COVERED);
        assertThat(r.reasons()).isEmpty();
        assertThat(r.because()).isEqualTo("No clause of the pledge as known on 2020-06-01 reaches this use.");
    }
}
