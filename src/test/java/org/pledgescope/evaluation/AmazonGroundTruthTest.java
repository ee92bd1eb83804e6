package org.pledgescope.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pledgescope.TestRules;
import org.pledgescope.json.Json;
import org.pledgescope.verdict.PledgeResult;
import org.pledgescope.verdict.QuestionReport;
import org.pledgescope.verdict.Reason;
import org.pledgescope.verdict.Verdict;
import tools.jackson.databind.node.ObjectNode;

/** The ground truths the Amazon pack must produce (engine issue), through the evaluator. */
class AmazonGroundTruthTest {
    private static final TestRules.Decider EVALUATOR = TestRules.evaluator(TestRules.shipped());
    private static final String POLICE = "'pledge':'amazon-rekognition-moratorium','useDate':'2020-07-15',"
            + "'asKnownOn':'2020-07-15','agency':{'type':'MUNICIPAL_POLICE','country':'US'},'activity':'USE',"
            + "'capability':'FACE_COMPARISON','purpose':'CRIMINAL_INVESTIGATION','contract':{'signedOn':'2020-08-01'}";

    /** The police query with the fields of {@code extra} ({@code ,'field':value…}) put in place of its own. */
    private static PledgeResult police(String extra) {
        ObjectNode query = (ObjectNode) Json.MAPPER.readTree(("{" + POLICE + "}").replace('\'', '"'));
        if (!extra.isEmpty()) {
            query.setAll((ObjectNode) Json.MAPPER.readTree(("{" + extra.substring(1) + "}").replace('\'', '"')));
        }
        return EVALUATOR.evaluate(TestRules.query(query.toString())).results().get(0);
    }

    private static PledgeResult eval(String json) {
        return EVALUATOR.evaluate(TestRules.query(json)).results().get(0);
    }

    @Test
    void policeFaceSearchForACriminalCaseIsCoveredCitingThePoliceUseClause() {
        PledgeResult r = police("");
        assertThat(r.verdict()).isEqualTo(Verdict.COVERED);
        assertThat(r.reasons()).extracting(Reason::clause).contains("amazon-2020-06-10#police-use");
    }

    @Test
    void nonFacialAnalysisIsNotCovered() {
        assertThat(police(",'capability':'OTHER_IMAGE_ANALYSIS'").verdict()).isEqualTo(Verdict.NOT_COVERED);
    }

    @Test
    void aUseBeforeTheTermIsNotCovered() {
        assertThat(police(",'useDate':'2020-05-01'").verdict()).isEqualTo(Verdict.NOT_COVERED);
    }

    @Test
    void aUseAfterTheFirstYearDependsOnWhetherTheExtensionIsKnown() {
        assertThat(police(",'useDate':'2021-07-01','asKnownOn':'2020-12-01'").verdict())
                .isEqualTo(Verdict.NOT_COVERED);
        assertThat(police(",'useDate':'2021-07-01','asKnownOn':'2021-06-01'").verdict())
                .isEqualTo(Verdict.COVERED);
    }

    @Test
    void thornRescuingTraffickingVictimsIsNotCovered() {
        assertThat(eval("{'useDate':'2020-07-15','asKnownOn':'2020-07-15','agency':{'name':'Thorn','type':'NONPROFIT',"
                                + "'country':'US'},'activity':'USE','capability':'FACE_COMPARISON',"
                                + "'purpose':'HUMAN_TRAFFICKING_VICTIMS'}")
                        .verdict())
                .isEqualTo(Verdict.NOT_COVERED);
    }

    @Test
    void iceHingesOnTheFederalAgenciesQuestionUntilTheClarification() {
        String ice = "'agency':{'type':'IMMIGRATION_ENFORCEMENT','country':'US'},'activity':'USE',"
                + "'capability':'FACE_COMPARISON','purpose':'IMMIGRATION','contract':{'signedOn':'2020-07-01'},"
                + "'useDate':'2020-07-15'";
        PledgeResult then = eval("{" + ice + ",'asKnownOn':'2020-07-15'}");
        assertThat(then.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(then.openQuestions()).extracting(QuestionReport::id).containsExactly("amazon-federal-agencies");
        assertThat(eval("{" + ice + ",'asKnownOn':'2024-02-01'}").verdict()).isEqualTo(Verdict.NOT_COVERED);
    }

    @Test
    void theSheriffsPreMoratoriumContractHingesOnTheExistingContractsQuestion() {
        String sheriff = "'useDate':'2020-07-15','asKnownOn':'2020-07-15','agency':{'name':'Washington County Sheriffs"
                + " Office','type':'SHERIFF','country':'US'},'activity':'USE','capability':'FACE_COMPARISON',"
                + "'purpose':'CRIMINAL_INVESTIGATION','contract':{'signedOn':'2017-10-01'}";
        PledgeResult r = eval("{" + sheriff + "}");
        assertThat(r.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(r.openQuestions()).extracting(QuestionReport::id).containsExactly("amazon-existing-contracts");
        PledgeResult assumed = eval("{" + sheriff + ",'assume':{'amazon-existing-contracts':'applies'}}");
        assertThat(assumed.verdict()).isEqualTo(Verdict.COVERED);
        assertThat(assumed.assumed()).containsEntry("amazon-existing-contracts", "applies");
    }
}
