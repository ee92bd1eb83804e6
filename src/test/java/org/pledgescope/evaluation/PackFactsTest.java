package org.pledgescope.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.pledgescope.TestRules;
import org.pledgescope.query.InvalidQueryException;
import org.pledgescope.query.Query;
import org.pledgescope.verdict.FactAnswer;
import org.pledgescope.verdict.PledgeResult;
import org.pledgescope.verdict.Verdict;

/**
 * A fact a pack declares in its pack.yaml (here {@code customer.actsFor}, with no Java for it): queries may carry
 * it, it is checked against its values, quantified when omitted, and ignored by packs that do not declare it.
 */
class PackFactsTest {
    private static final RuleSet RULES = TestRules.load(TestRules.packs("pack-facts"));
    private static final String VENDOR = "'agency':{'type':'COMMERCIAL','country':'US'},'activity':'USE',"
            + "'capability':'FACE_COMPARISON','purpose':'CRIMINAL_INVESTIGATION','useDate':'2021-01-01',"
            + "'asKnownOn':'2021-01-01','contract':{'signedOn':'2020-06-01'}";

    private static Query query(String extra) {
        return TestRules.query(RULES.vocabulary(), "{" + VENDOR + extra + "}");
    }

    private static PledgeResult result(String pledge, Query q) {
        return TestRules.evaluator(RULES)
                .evaluate(q.forPledge(pledge))
                .results()
                .get(0);
    }

    @Test
    void aQueryCarriesThePackFactAsANestedProperty() {
        Query q = query(",'customer':{'actsFor':'POLICE'}");

        assertThat(q.fact("customer.actsFor")).isEqualTo("POLICE");
        assertThat(result("vendor-pledge", q).verdict()).isEqualTo(Verdict.COVERED);
        assertThat(result("vendor-pledge", query(",'customer':{'actsFor':'ITSELF'}"))
                        .verdict())
                .isEqualTo(Verdict.NOT_COVERED);
    }

    @Test
    void aValueThePackDoesNotDeclareIsAnErrorListingTheAllowedOnes() {
        InvalidQueryException e =
                catchThrowableOfType(InvalidQueryException.class, () -> query(",'customer':{'actsFor':'SHERIFF'}"));

        assertThat(e.errors())
                .singleElement()
                .hasToString("customer.actsFor: 'SHERIFF' is not one of [POLICE, ITSELF]");
    }

    @Test
    void aPropertyNoPackDeclaresIsStillAnError() {
        InvalidQueryException e =
                catchThrowableOfType(InvalidQueryException.class, () -> query(",'customer':{'actsfor':'POLICE'}"));

        assertThat(e.errors()).singleElement().hasToString("customer.actsfor: unknown property; allowed: [actsFor]");
    }

    @Test
    void leftOutItIsQuantifiedLikeAnyOtherFact() {
        PledgeResult r = result("vendor-pledge", query(""));

        assertThat(r.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(r.missingFacts()).singleElement().satisfies(m -> {
            assertThat(m.field()).isEqualTo("customer.actsFor");
            assertThat(m.answers())
                    .extracting(FactAnswer::value, FactAnswer::verdict)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("POLICE", Verdict.COVERED),
                            org.assertj.core.groups.Tuple.tuple("ITSELF", Verdict.NOT_COVERED));
        });
    }

    @Test
    void aPackThatDoesNotDeclareItIgnoresIt() {
        PledgeResult given = result("plain-pledge", query(",'customer':{'actsFor':'POLICE'}"));
        PledgeResult omitted = result("plain-pledge", query(""));

        assertThat(given.verdict()).isEqualTo(Verdict.NOT_COVERED);
        assertThat(omitted.verdict()).isEqualTo(Verdict.NOT_COVERED);
        assertThat(omitted.worldsEvaluated()).isEqualTo(1);
        assertThat(omitted.missingFacts()).isEmpty();
    }
}
