package org.pledgescope.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pledgescope.TestRules;
import org.pledgescope.query.Query;

/**
 * The fast path (findings by class of world, combined for unknown facts and assumptions) answers exactly as
 * firing the rules afresh for every world of every query does: 20,000 random queries over the shipped packs,
 * zero differences. {@code bench/differential.sh} runs the same comparison on 1,000,000.
 */
class FastPathDifferentialTest {

    /** The first differences between the two evaluators on {@code n} random queries, and how many in all. */
    static List<String> differences(RuleSet rules, long seed, int n) {
        FastPathCheck.Result r = FastPathCheck.run(rules, seed, n, done -> {});
        List<String> out = new ArrayList<>(r.described());
        if (r.differences() > out.size()) {
            out.add("… " + r.differences() + " differences in all");
        }
        return out;
    }

    @Test
    void twentyThousandRandomQueriesAnswerAlikeOnTheFastPathAndFiredAfresh() {
        assertThat(differences(TestRules.shipped(), 20261128L, 20_000)).isEmpty();
    }

    @Test
    void theFastPathAnswersFromClassesOnlyForPacksWhoseRulesDoNotReadTheUseDate() {
        assertThat(TestRules.shipped().table("amazon-rekognition-moratorium")).isNotNull();
        RuleSet dated = TestRules.load(TestRules.packs("reads-use-date"));
        assertThat(dated.table("dated")).isNull();
        assertThat(differences(dated, 7L, 2_000)).isEmpty();
    }

    @Test
    void aQueryInAClassAlreadySeenFiresNoRule() {
        // Another day, another contract date before the pledge: the same class, so no rule fires again.
        RuleSet rules = TestRules.shipped();
        Query q = TestRules.query(
                "{'pledge':'amazon-rekognition-moratorium','useDate':'2020-07-15','asKnownOn':'2020-07-15',"
                        + "'agency':{'type':'SHERIFF','country':'US'},'activity':'USE','capability':'FACE_COMPARISON',"
                        + "'purpose':'CRIMINAL_INVESTIGATION','contract':{'signedOn':'2017-03-03'}}");
        ClassTable table = rules.table("amazon-rekognition-moratorium");
        Object before = table.filled();
        new Evaluator().evaluate(rules, q);
        Query q2 = TestRules.query(
                "{'pledge':'amazon-rekognition-moratorium','useDate':'2020-07-16','asKnownOn':'2020-07-16',"
                        + "'agency':{'type':'SHERIFF','country':'US'},'activity':'USE','capability':'FACE_COMPARISON',"
                        + "'purpose':'CRIMINAL_INVESTIGATION','contract':{'signedOn':'2012-05-09'}}");
        long after = table.filled();
        new Evaluator().evaluate(rules, q2);
        assertThat(table.filled()).isEqualTo(after).isLessThanOrEqualTo((long) before + 1);
    }
}
