package org.pledgescope.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pledgescope.evaluation.SemanticsFixture.result;

import org.junit.jupiter.api.Test;
import org.pledgescope.verdict.PledgeResult;
import org.pledgescope.verdict.QuestionReport;
import org.pledgescope.verdict.Reason;
import org.pledgescope.verdict.Verdict;

/**
 * Semantics 6: a clarification says what the pledge meant from the start; an amendment bears only on uses on or
 * after the day it applies from. The test pack's amendment t-2020-09-01 (published 2020-09-01, applying from
 * 2020-09-15) adds sales to the pause; before it, whether sales are paused is the open question t-sales.
 */
class AmendmentsTest {
    private static final String SALE = "'activity':'SALE','asKnownOn':'2021-01-01'";

    @Test
    void anAmendmentReachesUsesFromTheDayItAppliesFrom() {
        PledgeResult r = result(SALE + ",'useDate':'2020-09-15'");
        assertThat(r.verdict()).isEqualTo(Verdict.COVERED);
        assertThat(r.reasons()).extracting(Reason::clause).containsExactly("t-2020-09-01#no-sales");
        assertThat(r.amendmentsNotYetApplying()).containsExactly("t-2020-10-01");
    }

    @Test
    void aUseBeforeAnAmendmentAppliesIsReadAsIfTheAmendmentWereNotThereThoughItIsKnown() {
        PledgeResult r = result(SALE + ",'useDate':'2020-09-14'");
        assertThat(r.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(r.openQuestions()).extracting(QuestionReport::id).containsExactly("t-sales");
        assertThat(r.reasons()).extracting(Reason::clause).doesNotContain("t-2020-09-01#no-sales");
        assertThat(r.knownStatements()).contains("t-2020-09-01");
        assertThat(r.amendmentsNotYetApplying()).containsExactly("t-2020-09-01", "t-2020-10-01");
    }

    @Test
    void anAmendmentNotYetKnownReachesNothingEvenOnLaterUseDates() {
        PledgeResult r = result("'activity':'SALE','useDate':'2020-10-01','asKnownOn':'2020-08-31'");
        assertThat(r.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(r.openQuestions()).extracting(QuestionReport::id).containsExactly("t-sales");
    }

    @Test
    void theWorldMemoDoesNotCarryAnAmendmentToAnEarlierUseOfTheSameWorld() {
        // The rules never read the use date, so both uses are one world to the memo but for the statements applying.
        assertThat(result(SALE + ",'useDate':'2020-11-01'").verdict()).isEqualTo(Verdict.COVERED);
        assertThat(result(SALE + ",'useDate':'2020-06-01'").verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(result(SALE + ",'useDate':'2020-11-02'").verdict()).isEqualTo(Verdict.COVERED);
    }

    @Test
    void aClauseWithADayOfItsOwnReachesUsesFromThatDayEvenWhenTheWorldIsRemembered() {
        // t-2020-09-01#no-renewals applies from 2020-10-15, a month after its amendment. The rules never read the
        // use date, so the memo serves the later use's findings to the earlier one: the clause's day is applied after.
        String renewal = "'activity':'RENEWAL','asKnownOn':'2021-01-01'";
        PledgeResult later = result(renewal + ",'useDate':'2020-10-15'");
        assertThat(later.verdict()).isEqualTo(Verdict.COVERED);
        assertThat(later.reasons()).extracting(Reason::clause).containsExactly("t-2020-09-01#no-renewals");
        PledgeResult earlier = result(renewal + ",'useDate':'2020-10-14'");
        assertThat(earlier.verdict()).isEqualTo(Verdict.NOT_COVERED);
        assertThat(earlier.reasons()).isEmpty();
    }

    @Test
    void aTermSetByAnAmendmentGovernsOnlyUsesFromItsDateAndEarlierUsesKeepTheTermBefore() {
        PledgeResult before = result("'useDate':'2019-12-01','asKnownOn':'2021-01-01'");
        assertThat(before.verdict()).isEqualTo(Verdict.NOT_COVERED);
        assertThat(before.term().setBy()).isEqualTo("t-2020-01-01");
        assertThat(before.reasons()).extracting(Reason::clause).containsExactly("t-2020-01-01#ban");
        PledgeResult after = result("'useDate':'2021-03-01','asKnownOn':'2021-01-01'");
        assertThat(after.verdict()).isEqualTo(Verdict.COVERED);
        assertThat(after.term().setBy()).isEqualTo("t-2020-10-01");
    }

    @Test
    void aClarificationBearsOnEveryUseOnceKnownWhateverItsDate() {
        // t-2021-06-01 (clarification): federal agencies are not police departments, also for a use in 2020.
        PledgeResult r = result("'agency':{'type':'FEDERAL_LAW_ENFORCEMENT','country':'US'},'useDate':'2020-06-01',"
                + "'asKnownOn':'2021-06-01'");
        assertThat(r.verdict()).isEqualTo(Verdict.NOT_COVERED);
        assertThat(r.reasons()).extracting(Reason::clause).containsExactly("t-2021-06-01#police-only");
        assertThat(r.amendmentsNotYetApplying()).containsExactly("t-2020-09-01", "t-2020-10-01");
    }
}
