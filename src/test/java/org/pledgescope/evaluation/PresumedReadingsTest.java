package org.pledgescope.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pledgescope.TestRules;
import org.pledgescope.json.Json;
import org.pledgescope.pack.Effect;
import org.pledgescope.verdict.MissingFact;
import org.pledgescope.verdict.PledgeResult;
import org.pledgescope.verdict.QuestionReport;
import org.pledgescope.verdict.ReadingVerdict;
import org.pledgescope.verdict.Verdict;
import tools.jackson.databind.node.ObjectNode;

/**
 * Semantics 8: an open question's presumed reading holds until a statement ends the question (the rules stop raising
 * it) or the query assumes a reading. The answer is the presumption's, says so, lists it, and gives the verdict under
 * each reading of each presumed question that decides it. Fixture: src/test/resources/packs/presumed/at-this-time.
 */
class PresumedReadingsTest {
    private static final RuleSet RULES = TestRules.load(TestRules.packs("presumed"));

    /** A police sale of face search, as known and used on 2020-06-01, with {@code extra} JSON fields over it (null: left out). */
    private static PledgeResult result(String extra) {
        ObjectNode query = (ObjectNode) Json.MAPPER.readTree(("{'pledge':'at-this-time','useDate':'2020-06-01',"
                        + "'asKnownOn':'2020-06-01','agency':{'type':'MUNICIPAL_POLICE','country':'US'},'activity':'SALE',"
                        + "'capability':'FACE_COMPARISON','purpose':'OTHER'}")
                .replace('\'', '"'));
        for (var e :
                Json.MAPPER.readTree(("{" + extra + "}").replace('\'', '"')).properties()) {
            if (e.getValue().isNull()) {
                query.remove(e.getKey());
            } else {
                query.set(e.getKey(), e.getValue());
            }
        }
        return new Evaluator()
                .evaluate(RULES, TestRules.query(query.toString()))
                .results()
                .get(0);
    }

    private static QuestionReport stillHolds(Verdict ifStillHolds, Verdict ifEnded) {
        return new QuestionReport(
                "p-still-holds",
                "The pause holds \"at this time\". Does it still hold on the day of the use?",
                List.of("A reporter"),
                List.of(
                        new ReadingVerdict("still-holds", "Nothing has ended it.", Effect.PROHIBITS, ifStillHolds),
                        new ReadingVerdict("ended", "Its time has passed.", Effect.NONE, ifEnded)));
    }

    @Test
    void thePresumedReadingGivesTheVerdictTheSentenceSaysSoAndTheOtherReadingIsShown() {
        PledgeResult r = result("");
        assertThat(r.verdict()).isEqualTo(Verdict.COVERED);
        assertThat(r.openQuestions()).isEmpty();
        assertThat(r.assumed()).isEmpty();
        assertThat(r.presumed()).isEqualTo(Map.of("p-still-holds", "still-holds"));
        assertThat(r.presumptions()).containsExactly(stillHolds(Verdict.COVERED, Verdict.NOT_COVERED));
        assertThat(r.because())
                .isEqualTo(
                        "The pledge restricts this use: \u201cWe will not sell face search to police at this time.\u201d"
                                + " (Example Corp, 2020-01-01), presuming p-still-holds = still-holds.");
    }

    @Test
    void assumingAnotherReadingOverridesThePresumption() {
        PledgeResult r = result("'assume':{'p-still-holds':'ended'}");
        assertThat(r.verdict()).isEqualTo(Verdict.NOT_COVERED);
        assertThat(r.assumed()).isEqualTo(Map.of("p-still-holds", "ended"));
        assertThat(r.presumed()).isNull();
        assertThat(r.presumptions()).isNull();
        assertThat(r.because()).endsWith("assuming p-still-holds = ended.").doesNotContain("presuming");
    }

    @Test
    void assumingThePresumedReadingMakesItTheCallersAssumption() {
        PledgeResult r = result("'assume':{'p-still-holds':'still-holds'}");
        assertThat(r.verdict()).isEqualTo(Verdict.COVERED);
        assertThat(r.assumed()).isEqualTo(Map.of("p-still-holds", "still-holds"));
        assertThat(r.presumed()).isNull();
        assertThat(r.because()).endsWith("assuming p-still-holds = still-holds.");
    }

    @Test
    void aStatementThatEndsTheQuestionEndsThePresumptionForTheUsesItReaches() {
        PledgeResult after = result("'asKnownOn':'2021-07-01','useDate':'2021-07-01'");
        assertThat(after.verdict()).isEqualTo(Verdict.NOT_COVERED);
        assertThat(after.reasons()).extracting(x -> x.clause()).containsExactly("p-2021-06-01#pause-over");
        assertThat(after.presumed()).isNull();
        assertThat(after.because()).doesNotContain("presuming");
        // The amendment applies from its own day: a use before it is still read under the presumption.
        PledgeResult before = result("'asKnownOn':'2021-07-01','useDate':'2021-01-01'");
        assertThat(before.verdict()).isEqualTo(Verdict.COVERED);
        assertThat(before.presumed()).isEqualTo(Map.of("p-still-holds", "still-holds"));
    }

    @Test
    void aQuestionWithNoPresumptionStaysOpenBesideOne() {
        PledgeResult r = result("'agency':{'type':'FEDERAL_LAW_ENFORCEMENT','country':'US'}");
        assertThat(r.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(r.openQuestions()).singleElement().satisfies(q -> {
            assertThat(q.id()).isEqualTo("p-federal");
            assertThat(q.readings())
                    .extracting(ReadingVerdict::verdict)
                    .containsExactly(Verdict.COVERED, Verdict.NOT_COVERED);
        });
        assertThat(r.presumed()).isEqualTo(Map.of("p-still-holds", "still-holds"));
        assertThat(r.presumptions()).containsExactly(stillHolds(Verdict.UNDETERMINED, Verdict.NOT_COVERED));
        assertThat(r.because())
                .isEqualTo("The answer hinges on open question p-federal, presuming p-still-holds = still-holds.");
    }

    @Test
    void aMissingFactsVerdictsAreThoseUnderThePresumption() {
        PledgeResult r = result("'agency':null");
        assertThat(r.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(r.missingFacts()).extracting(MissingFact::field).containsExactly("agency.type");
        Map<String, Verdict> verdicts = r.missingFacts().get(0).verdicts();
        assertThat(verdicts.get("MUNICIPAL_POLICE")).isEqualTo(Verdict.COVERED);
        assertThat(verdicts.get("FEDERAL_LAW_ENFORCEMENT")).isEqualTo(Verdict.UNDETERMINED);
        assertThat(verdicts.get("COMMERCIAL")).isEqualTo(Verdict.NOT_COVERED);
        assertThat(r.presumptions()).containsExactly(stillHolds(Verdict.UNDETERMINED, Verdict.NOT_COVERED));
    }

    @Test
    void aPresumptionNoOtherReadingOfWhichChangesTheVerdictIsListedButNotReported() {
        PledgeResult r = result("'purpose':'MISSING_PERSONS'");
        assertThat(r.verdict()).isEqualTo(Verdict.NOT_COVERED);
        assertThat(r.presumed()).isEqualTo(Map.of("p-still-holds", "still-holds"));
        assertThat(r.presumptions()).isNull();
        assertThat(r.because())
                .startsWith("An exception lifts the pledge")
                .endsWith(", presuming p-still-holds = still-holds.");
    }

    @Test
    void aPresumedReadingThatRestrictsNothingLeavesTheUseOutAndTheBroaderReadingIsShown() {
        PledgeResult r = result("'activity':'DEVELOPMENT'");
        assertThat(r.verdict()).isEqualTo(Verdict.NOT_COVERED);
        assertThat(r.presumed()).isEqualTo(Map.of("p-research", "research-continues"));
        assertThat(r.presumptions())
                .singleElement()
                .satisfies(q -> assertThat(q.readings())
                        .extracting(ReadingVerdict::id, ReadingVerdict::verdict)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple("no-development", Verdict.COVERED),
                                org.assertj.core.groups.Tuple.tuple("research-continues", Verdict.NOT_COVERED)));
        assertThat(r.because())
                .isEqualTo(
                        "The pledge as known on 2020-06-01 does not reach this use on the presumed reading of its open"
                                + " questions, presuming p-research = research-continues.");
    }

    @Test
    void theTableAndFiringEveryWorldApplyPresumptionsAlike() {
        assertThat(TableDifferentialTest.differences(RULES, 8L, 3_000)).isEmpty();
        assertThat(Evaluator.direct()
                        .evaluate(
                                RULES,
                                TestRules.query("{'pledge':'at-this-time','useDate':'2020-06-01',"
                                        + "'asKnownOn':'2020-06-01','activity':'SALE','capability':'FACE_COMPARISON'}"))
                        .results())
                .isEqualTo(new Evaluator()
                        .evaluate(
                                RULES,
                                TestRules.query("{'pledge':'at-this-time','useDate':'2020-06-01',"
                                        + "'asKnownOn':'2020-06-01','activity':'SALE','capability':'FACE_COMPARISON'}"))
                        .results());
    }
}
