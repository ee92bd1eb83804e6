package org.pledgescope.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pledgescope.TestRules;
import org.pledgescope.query.Query;
import org.pledgescope.verdict.Decision;

/**
 * A query that leaves facts unknown (or knows one only as a value set) is answered from its class too: a second
 * query with other days in the same classes and the same facts left open is not worked out again, and both answers
 * are those of firing the rules afresh for every world.
 */
class PartialQueryClassTest {
    private static final String AMAZON =
            "{'pledge':'amazon-rekognition-moratorium','useDate':'%s','asKnownOn':'2020-07-20',"
                    + "'agency':{'type':'police','country':'US'},'activity':'USE','capability':'FACE_COMPARISON',"
                    + "'contract':{'signedOn':'%s'}}";

    private static int remembered(RuleSet rules) {
        return rules.engine("amazon-rekognition-moratorium").resolved.size();
    }

    @Test
    void aSecondQueryInTheSameClassesIsAnsweredFromTheFirst() {
        RuleSet rules = TestRules.reload(java.nio.file.Path.of("rules"));
        Evaluator fast = new Evaluator();
        Evaluator direct = Evaluator.direct();
        Query first = TestRules.query(AMAZON.formatted("2020-07-15", "2020-08-01"));
        Query second = TestRules.query(AMAZON.formatted("2020-07-16", "2020-08-03"));

        Decision a = fast.evaluate(rules, first);
        int remembered = remembered(rules);
        Decision b = fast.evaluate(rules, second);

        assertThat(remembered)
                .as("the first query's answer, kept for its class")
                .isEqualTo(1);
        assertThat(remembered(rules))
                .as("the second query's class was already answered")
                .isEqualTo(remembered);
        assertThat(a.results().get(0).missingFacts()).as("purpose is unknown").isNotEmpty();
        assertThat(a.results()).isEqualTo(direct.evaluate(rules, first).results());
        assertThat(b.results()).isEqualTo(direct.evaluate(rules, second).results());
    }

    @Test
    void anotherValueSetAnotherUnknownFactOrOtherBoundsAreAnotherClass() {
        RuleSet rules = TestRules.reload(java.nio.file.Path.of("rules"));
        String police = AMAZON.formatted("2020-07-15", "2020-08-01");
        new Evaluator().evaluate(rules, TestRules.query(police));
        new Evaluator().evaluate(rules, TestRules.query(AMAZON.formatted("2020-07-16", "2020-08-03")));
        assertThat(remembered(rules)).isEqualTo(1);

        new Evaluator().evaluate(rules, TestRules.query(police.replace("'police'", "'lawEnforcement'")));
        assertThat(remembered(rules)).isEqualTo(2);
        new Evaluator().evaluate(rules, TestRules.query(police.replace(",'capability':'FACE_COMPARISON'", "")));
        assertThat(remembered(rules)).isEqualTo(3);
        new Evaluator(7, 20).evaluate(rules, TestRules.query(police));
        assertThat(remembered(rules)).isEqualTo(4);
    }
}
