package org.pledgescope.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.pledgescope.evaluation.SemanticsFixture.police;
import static org.pledgescope.evaluation.SemanticsFixture.result;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pledgescope.TestRules;
import org.pledgescope.verdict.FactAnswer;
import org.pledgescope.verdict.MissingFact;
import org.pledgescope.verdict.PledgeResult;
import org.pledgescope.verdict.Verdict;

/** Semantics 3: an omitted fact is unknown, not false; every value (or boundary side) is tried. */
class UnknownFactsTest {

    @Test
    void anOmittedEnumFieldTakesEveryValueAndTheDecisiveOneIsNamed() {
        PledgeResult r = result("'purpose':null");
        assertThat(r.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(r.worldsEvaluated()).isEqualTo(7);
        assertThat(r.missingFacts()).singleElement().satisfies(m -> {
            assertThat(m.field()).isEqualTo("purpose");
            assertThat(m.verdicts())
                    .containsEntry("OTHER", Verdict.COVERED)
                    .containsEntry("MISSING_PERSONS", Verdict.NOT_COVERED)
                    .containsEntry("HUMAN_TRAFFICKING_VICTIMS", Verdict.UNDETERMINED)
                    .hasSize(7);
        });
    }

    @Test
    void anOmittedCountryCountsAsUsAndNotUs() {
        PledgeResult r = result("'agency':{'type':'MUNICIPAL_POLICE'}");
        assertThat(r.missingFacts())
                .extracting(MissingFact::field, MissingFact::verdicts)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "agency.country", Map.of("US", Verdict.COVERED, "other", Verdict.UNDETERMINED)));
        assertThat(r.missingFacts().get(0).answers())
                .extracting(FactAnswer::value, FactAnswer::notIn, FactAnswer::example)
                .containsExactly(tuple("US", null, null), tuple(null, List.of("US"), "GB"));
    }

    @Test
    void anOmittedContractDateIsTriedBeforeAndAfterThePledgesFirstStatement() {
        PledgeResult r = result("'contract':null");
        assertThat(r.missingFacts()).singleElement().satisfies(m -> {
            assertThat(m.field()).isEqualTo("contract.signedOn");
            assertThat(m.verdicts())
                    .containsExactly(
                            Map.entry("2019-12-31", Verdict.UNDETERMINED), Map.entry("2020-01-01", Verdict.COVERED));
            assertThat(m.answers())
                    .extracting(FactAnswer::describe, FactAnswer::example, FactAnswer::verdict)
                    .containsExactly(
                            tuple("before 2020-01-01", LocalDate.of(2019, 12, 31), Verdict.UNDETERMINED),
                            tuple("on or after 2020-01-01", LocalDate.of(2020, 1, 1), Verdict.COVERED));
        });
    }

    @Test
    void unknownsThatCannotChangeTheVerdictLeaveItDetermined() {
        PledgeResult r = result("'capability':'OTHER_IMAGE_ANALYSIS','agency':null,'purpose':null,'contract':null");
        assertThat(r.verdict()).isEqualTo(Verdict.NOT_COVERED);
        assertThat(r.worldsEvaluated()).isEqualTo(10 * 2 * 7 * 2);
        assertThat(r.missingFacts()).isEmpty();
    }

    @Test
    void aPackWithADecisionTableIsAnsweredOverEveryWorldWithoutALimit() {
        // 140 worlds of facts, past this evaluator's bound of 10: the table combines classes, so the bound is moot.
        TestRules.Decider small = TestRules.evaluator(SemanticsFixture.RULES, new Evaluator(10));
        PledgeResult r =
                small.evaluate(police("'agency':null,'purpose':null")).results().get(0);
        assertThat(r.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(r.missingFacts())
                .extracting(MissingFact::field)
                .containsExactly("agency.type", "agency.country", "purpose");
        assertThat(r.worldsEvaluated()).isEqualTo(140);
    }

    @Test
    void tooManyWorldsOfAPackWithoutATableIsSaidNeverGuessed() {
        RuleSet dated = TestRules.load(TestRules.packs("reads-use-date"));
        assertThat(dated.withoutTable("dated")).isNotNull();
        TestRules.Decider small = TestRules.evaluator(dated, new Evaluator(10));
        PledgeResult r = small.evaluate(TestRules.query(
                        "{'pledge':'dated','useDate':'2020-03-07','asKnownOn':'2020-03-07','activity':'USE'}"))
                .results()
                .get(0);
        assertThat(r.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(r.because()).contains("combinations exceed the limit of 10");
        assertThat(r.missingFacts()).extracting(MissingFact::field).contains("agency.type", "purpose");
        assertThat(r.worldsEvaluated()).isZero();
    }
}
