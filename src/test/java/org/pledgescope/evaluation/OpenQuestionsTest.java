package org.pledgescope.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pledgescope.evaluation.SemanticsFixture.result;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pledgescope.query.InvalidQueryException;
import org.pledgescope.verdict.FindingKind;
import org.pledgescope.verdict.PledgeResult;
import org.pledgescope.verdict.QuestionReport;
import org.pledgescope.verdict.ReadingVerdict;
import org.pledgescope.verdict.Verdict;

/** Semantics 2: every combination of readings; only decisive questions are listed; assume fixes one. */
class OpenQuestionsTest {
    private static final String FEDERAL = "'agency':{'type':'FEDERAL_LAW_ENFORCEMENT','country':'US'}";

    @Test
    void aDecisiveQuestionMakesTheVerdictUndeterminedWithTheVerdictUnderEachReading() {
        PledgeResult r = result(FEDERAL);
        assertThat(r.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(r.openQuestions()).extracting(QuestionReport::id).containsExactly("t-federal");
        assertThat(r.openQuestions().get(0).readings())
                .extracting(ReadingVerdict::id, ReadingVerdict::verdict)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("any", Verdict.COVERED),
                        org.assertj.core.groups.Tuple.tuple("police-only", Verdict.NOT_COVERED));
        assertThat(r.reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.effect()).isEqualTo(FindingKind.PROHIBITS);
            assertThat(reason.dependsOn()).containsExactly("t-federal");
        });
        assertThat(r.because()).isEqualTo("The answer hinges on open question t-federal.");
    }

    @Test
    void aRaisedQuestionThatCannotChangeTheVerdictIsNotListed() {
        PledgeResult r = result("'purpose':'MISSING_PERSONS','contract':{'signedOn':'2019-06-01'}");
        assertThat(r.verdict()).isEqualTo(Verdict.NOT_COVERED);
        assertThat(r.openQuestions()).isEmpty();
        assertThat(r.reasons()).extracting(x -> x.question()).contains("t-contracts");
    }

    @Test
    void questionsDecisiveTogetherAreEachListedWithMixedVerdicts() {
        PledgeResult r = result(FEDERAL + ",'purpose':'HUMAN_TRAFFICKING_VICTIMS'");
        assertThat(r.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(r.openQuestions()).extracting(QuestionReport::id).containsExactly("t-federal", "t-trafficking");
        QuestionReport federal = r.openQuestions().get(0);
        assertThat(federal.readings())
                .extracting(ReadingVerdict::verdict)
                .containsExactly(Verdict.UNDETERMINED, Verdict.NOT_COVERED);
    }

    @Test
    void aQuestionDecisiveInOnlySomeWorldsOfAMissingFactIsListedBesideTheFact() {
        PledgeResult r = result("'agency':{'country':'US'}");
        assertThat(r.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(r.openQuestions()).extracting(QuestionReport::id).containsExactly("t-federal");
        assertThat(r.missingFacts()).extracting(m -> m.field()).containsExactly("agency.type");
    }

    @Test
    void aQuestionSettledByAKnownStatementIsNoLongerRaisedNorListed() {
        PledgeResult r = result("'agency':{'country':'US'},'asKnownOn':'2021-06-01'");
        assertThat(r.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(r.openQuestions()).isEmpty();
        assertThat(r.missingFacts()).extracting(m -> m.field()).containsExactly("agency.type");
        assertThat(r.reasons()).extracting(x -> x.question()).doesNotContain("t-federal");
    }

    @Test
    void anAssumedReadingDecidesAndIsRecorded() {
        PledgeResult r = result(FEDERAL + ",'assume':{'t-federal':'any'}");
        assertThat(r.verdict()).isEqualTo(Verdict.COVERED);
        assertThat(r.assumed()).isEqualTo(Map.of("t-federal", "any"));
        assertThat(r.openQuestions()).isEmpty();
        assertThat(r.because()).endsWith("assuming t-federal = any.");
    }

    @Test
    void anUnknownQuestionOrReadingInAssumeIsAnError() {
        assertThatThrownBy(() -> result("'assume':{'no-such-question':'x'}"))
                .isInstanceOfSatisfying(
                        InvalidQueryException.class,
                        e -> assertThat(e.errors()).singleElement().satisfies(fe -> {
                            assertThat(fe.field()).isEqualTo("assume.no-such-question");
                            assertThat(fe.message())
                                    .contains("unknown open question")
                                    .contains("t-federal");
                        }));
        assertThatThrownBy(() -> result("'assume':{'t-federal':'maybe'}"))
                .isInstanceOfSatisfying(
                        InvalidQueryException.class,
                        e -> assertThat(e.errors().get(0).message())
                                .isEqualTo(
                                        "unknown reading 'maybe' of t-federal in assume; allowed: [any, police-only]"));
    }
}
