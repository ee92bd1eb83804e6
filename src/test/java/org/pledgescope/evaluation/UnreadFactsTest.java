package org.pledgescope.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pledgescope.TestRules;
import org.pledgescope.verdict.PledgeResult;
import org.pledgescope.verdict.Verdict;

/** An omitted fact that no rule of the pack reads cannot change its answer, so it is not tried at each value. */
class UnreadFactsTest {
    private static final RuleSet RULES = TestRules.load(TestRules.packs("pack-facts"));

    private static PledgeResult plain(String facts) {
        return TestRules.evaluator(RULES).evaluate(TestRules.query(RULES.vocabulary(), "{'pledge':'plain-pledge',"
                + "'useDate':'2021-01-01','asKnownOn':'2021-01-01'" + facts + "}")).results().get(0);
    }

    @Test
    void onlyTheFactsTheRulesReadAreTried() {
        // plain-pledge reads agency.type alone: purpose, activity, capability, country and the contract date are idle.
        PledgeResult r = plain(",'agency':{'type':'SHERIFF'}");

        assertThat(r.verdict()).isEqualTo(Verdict.COVERED);
        assertThat(r.worldsEvaluated()).isEqualTo(1);
        assertThat(r.missingFacts()).isEmpty();
    }

    @Test
    void aFactTheRulesReadIsStillTriedAtEveryValue() {
        PledgeResult r = plain("");

        assertThat(r.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(r.worldsEvaluated()).isEqualTo(10);
        assertThat(r.missingFacts()).singleElement().extracting(m -> m.field()).isEqualTo("agency.type");
    }
}
