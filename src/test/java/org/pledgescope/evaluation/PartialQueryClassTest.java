package org.pledgescope.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pledgescope.TestRules;
import org.pledgescope.query.Query;
import org.pledgescope.verdict.Decision;
import org.pledgescope.verdict.VerdictResolver;

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

    @Test
    void aSecondQueryInTheSameClassesIsAnsweredFromTheFirst() {
        RuleSet rules = TestRules.shipped();
        Evaluator fast = new Evaluator();
        Evaluator direct = Evaluator.direct();
        Query first = TestRules.query(AMAZON.formatted("2020-07-15", "2020-08-01"));
        Query second = TestRules.query(AMAZON.formatted("2020-07-16", "2020-08-03"));

        Decision a = fast.evaluate(rules, first);
        ClassTable table = rules.table("amazon-rekognition-moratorium");
        ClassTable.Key secondsClass = table.keyOf(
                second,
                List.of("amazon-2020-06-10"),
                Map.of(),
                new ClassTable.Bounds(Evaluator.DEFAULT_WORLD_LIMIT, VerdictResolver.DEFAULT_CELL_LIMIT));
        assertThat(table.resolved(secondsClass))
                .as("the first query's answer, kept for its class")
                .isNotNull();
        int remembered = table.remembered();
        Decision b = fast.evaluate(rules, second);

        assertThat(table.remembered())
                .as("the second query's class was already answered")
                .isEqualTo(remembered);
        assertThat(a.results().get(0).missingFacts()).as("purpose is unknown").isNotEmpty();
        assertThat(a.results()).isEqualTo(direct.evaluate(rules, first).results());
        assertThat(b.results()).isEqualTo(direct.evaluate(rules, second).results());
    }

    @Test
    void anotherValueSetAnotherUnknownFactOrOtherBoundsAreAnotherClass() {
        RuleSet rules = TestRules.shipped();
        ClassTable table = rules.table("amazon-rekognition-moratorium");
        List<String> known = List.of("amazon-2020-06-10");
        ClassTable.Bounds bounds =
                new ClassTable.Bounds(Evaluator.DEFAULT_WORLD_LIMIT, VerdictResolver.DEFAULT_CELL_LIMIT);
        String police = AMAZON.formatted("2020-07-15", "2020-08-01");
        ClassTable.Key key = table.keyOf(TestRules.query(police), known, Map.of(), bounds);

        assertThat(table.keyOf(TestRules.query(AMAZON.formatted("2020-07-16", "2020-08-03")), known, Map.of(), bounds))
                .isEqualTo(key);
        assertThat(table.keyOf(
                        TestRules.query(police.replace("'police'", "'lawEnforcement'")), known, Map.of(), bounds))
                .isNotEqualTo(key);
        assertThat(table.keyOf(
                        TestRules.query(police.replace(",'capability':'FACE_COMPARISON'", "")),
                        known,
                        Map.of(),
                        bounds))
                .isNotEqualTo(key);
        assertThat(table.keyOf(TestRules.query(police), known, Map.of(), new ClassTable.Bounds(7, 20)))
                .isNotEqualTo(key);
    }
}
