package org.pledgescope.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pledgescope.TestRules;
import org.pledgescope.verdict.PledgeResult;
import org.pledgescope.verdict.QuestionReport;
import org.pledgescope.verdict.Verdict;
import org.pledgescope.verdict.VerdictResolver;

/**
 * Open questions multiply: each one's readings are weighed against every distinct set of findings of the worlds of
 * unknown facts. Past the limit the answer says so and names the questions to assume, instead of running without end.
 */
class TooManyReadingsTest {
    /**
     * A federal agency's face search with the purpose omitted: 7 worlds with two distinct sets of findings (the
     * humanitarian purposes raise a question of their own), two free questions of two readings: 8 combinations.
     */
    private static final String QUERY = "{'pledge':'amazon-rekognition-moratorium','useDate':'2022-03-01',"
            + "'asKnownOn':'2022-03-01','agency':{'type':'FEDERAL_LAW_ENFORCEMENT','country':'US'},'activity':'USE',"
            + "'capability':'FACE_COMPARISON','contract':{'signedOn':'2021-01-01'}%s}";

    private static PledgeResult evaluate(long cellLimit, String assume) {
        TestRules.Decider evaluator =
                TestRules.evaluator(TestRules.shipped(), new Evaluator(Evaluator.DEFAULT_WORLD_LIMIT, cellLimit));
        return evaluator
                .evaluate(TestRules.query(QUERY.formatted(assume)))
                .results()
                .get(0);
    }

    @Test
    void pastTheLimitTheAnswerNamesTheQuestionsToAssume() {
        PledgeResult r = evaluate(5, "");

        assertThat(r.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(r.because())
                .startsWith("Too many open questions bear on this use: "
                        + "[amazon-federal-agencies, amazon-police-humanitarian-use] give at least 8 combinations")
                .contains("over the limit of 5");
        assertThat(r.worldsEvaluated()).isEqualTo(7);
    }

    @Test
    void assumingAReadingBringsItWithinTheLimit() {
        PledgeResult r = evaluate(5, ",'assume':{'amazon-federal-agencies':'any-law-enforcement'}");

        assertThat(r.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(r.openQuestions()).extracting(QuestionReport::id).containsExactly("amazon-police-humanitarian-use");
    }

    @Test
    void theDefaultLimitWeighsEveryCombination() {
        PledgeResult r = evaluate(VerdictResolver.DEFAULT_CELL_LIMIT, "");

        assertThat(r.openQuestions())
                .extracting(QuestionReport::id)
                .containsExactly("amazon-federal-agencies", "amazon-police-humanitarian-use");
    }
}
