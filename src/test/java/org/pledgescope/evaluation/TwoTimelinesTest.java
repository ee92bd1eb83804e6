package org.pledgescope.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pledgescope.evaluation.SemanticsFixture.result;

import org.junit.jupiter.api.Test;
import org.pledgescope.verdict.FindingKind;
import org.pledgescope.verdict.PledgeResult;
import org.pledgescope.verdict.Verdict;

/** Semantics 4: statements exist from their publication; the latest known term governs the use date. */
class TwoTimelinesTest {

    @Test
    void beforeAnyStatementIsPublishedNothingIsCovered() {
        PledgeResult r = result("'asKnownOn':'2019-12-31'");
        assertThat(r.verdict()).isEqualTo(Verdict.NOT_COVERED);
        assertThat(r.knownStatements()).isEmpty();
        assertThat(r.because()).isEqualTo("No statement of this pledge had been published by 2019-12-31.");
    }

    @Test
    void aUseAfterTheTermAsThenKnownIsNotCoveredCitingTheTerm() {
        PledgeResult r = result("'useDate':'2021-03-01','asKnownOn':'2020-09-01'");
        assertThat(r.verdict()).isEqualTo(Verdict.NOT_COVERED);
        assertThat(r.because())
                .contains("2021-03-01 falls outside the pledge's term (2020-01-01 through 2020-12-31)")
                .contains("set by t-2020-01-01");
        assertThat(r.reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.effect()).isEqualTo(FindingKind.LIMITS);
            assertThat(reason.clause()).isEqualTo("t-2020-01-01#ban");
        });
        assertThat(r.term().until()).hasToString("2020-12-31");
    }

    @Test
    void aLaterExtensionOnceKnownSetsTheTerm() {
        PledgeResult r = result("'useDate':'2021-03-01','asKnownOn':'2020-11-01'");
        assertThat(r.verdict()).isEqualTo(Verdict.COVERED);
        assertThat(r.term().untilFurtherNotice()).isTrue();
        assertThat(r.term().setBy()).isEqualTo("t-2020-10-01");
        assertThat(r.term().clause()).isEqualTo("t-2020-10-01#extension");
        assertThat(r.knownStatements()).containsExactly("t-2020-01-01", "t-2020-09-01", "t-2020-10-01");
    }

    @Test
    void aUseBeforeTheTermStartsIsNotCovered() {
        PledgeResult r = result("'useDate':'2019-06-01'");
        assertThat(r.verdict()).isEqualTo(Verdict.NOT_COVERED);
        assertThat(r.because()).contains("falls outside the pledge's term");
    }

    @Test
    void aLaterClarificationSettlesAQuestionForReadersWhoKnowIt() {
        String federal = "'agency':{'type':'FEDERAL_LAW_ENFORCEMENT','country':'US'}";
        assertThat(result(federal + ",'asKnownOn':'2021-05-31'").verdict()).isEqualTo(Verdict.UNDETERMINED);
        PledgeResult later = result(federal + ",'asKnownOn':'2021-06-01'");
        assertThat(later.verdict()).isEqualTo(Verdict.NOT_COVERED);
        assertThat(later.reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.effect()).isEqualTo(FindingKind.LIMITS);
            assertThat(reason.clause()).isEqualTo("t-2021-06-01#police-only");
        });
    }
}
