package org.pledgescope.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pledgescope.TestRules;
import org.pledgescope.query.Query;

/**
 * Answers read from the decision tables (classes of worlds, combined for unknown facts, value sets and assumptions)
 * are exactly those of firing the rules afresh for every world of every query: 20,000 random queries over the
 * shipped packs, and more over fixture packs for each edge of class derivation, zero differences.
 * {@code bench/differential.sh} runs the same comparison on 1,000,000.
 */
class TableDifferentialTest {

    /** The first differences between the two evaluators on {@code n} random queries, and how many in all. */
    static List<String> differences(RuleSet rules, long seed, int n) {
        TableCheck.Result r = TableCheck.run(rules, seed, n, done -> {});
        List<String> out = new ArrayList<>(r.described());
        if (r.differences() > out.size()) {
            out.add("… " + r.differences() + " differences in all");
        }
        return out;
    }

    @Test
    void twentyThousandRandomQueriesAnswerAlikeFromTheTablesAndFiredAfresh() {
        assertThat(differences(TestRules.shipped(), 20261128L, 20_000)).isEmpty();
    }

    @Test
    void everyEdgeOfClassDerivationAnswersAlike() {
        // Overlapping value sets and literals, not in, not memberOf, a boolean of the pack's own, a date compared
        // with <=, a rule reading the use date, a fact no rule reads, and a fact compared with another fact (no
        // table: fired world by world).
        RuleSet fixtures = TestRules.load(TestRules.packs("classes"));
        assertThat(fixtures.withoutTable("overlapping")).isNull();
        assertThat(fixtures.withoutTable("reads-use-date")).isNull();
        assertThat(fixtures.withoutTable("unread-fact")).isNull();
        assertThat(fixtures.withoutTable("fact-vs-fact")).contains("compares contract.signedOn with useDate");
        assertThat(differences(fixtures, 7L, 5_000)).isEmpty();
    }

    @Test
    void aTableReadBackFromTheCacheAnswersAsTheRulesDo() {
        RuleSet built = TestRules.shipped();
        assertThat(built.completeTables(2)).isEmpty();
        RuleSet read = TestRules.reload(java.nio.file.Path.of("rules"));
        assertThat(read.packs())
                .allSatisfy(p -> assertThat(read.tableFromCache(p.pack().id())).isTrue());
        assertThat(differences(read, 11L, 5_000)).isEmpty();
    }

    @Test
    void aQueryInAClassAlreadySeenFiresNoRule() {
        // Another day, another contract date before the pledge: the same class, so no rule fires again.
        RuleSet rules = TestRules.load(TestRules.packs("classes"));
        Query q = TestRules.query(
                rules.vocabulary(),
                "{'pledge':'overlapping','useDate':'2020-07-15','asKnownOn':'2020-07-15',"
                        + "'agency':{'type':'SHERIFF','country':'US'},'activity':'USE','capability':'FACE_COMPARISON',"
                        + "'purpose':'CRIMINAL_INVESTIGATION','contract':{'signedOn':'2017-03-03'}}");
        new Evaluator().evaluate(rules, q);
        long filled = rules.filledCells("overlapping");
        Query sameClass = TestRules.query(
                rules.vocabulary(),
                "{'pledge':'overlapping','useDate':'2020-07-16','asKnownOn':'2020-07-16',"
                        + "'agency':{'type':'STATE_POLICE','country':'GB'},'activity':'PILOT','capability':'FACE_COMPARISON',"
                        + "'purpose':'SURVEILLANCE','contract':{'signedOn':'2012-05-09'}}");
        new Evaluator().evaluate(rules, sameClass);
        assertThat(rules.filledCells("overlapping")).isEqualTo(filled);
    }
}
