package org.pledgescope.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.pledgescope.TestRules;
import org.pledgescope.query.Query;
import org.pledgescope.verdict.FactAnswer;
import org.pledgescope.verdict.MissingFact;
import org.pledgescope.verdict.PledgeResult;
import org.pledgescope.verdict.Verdict;

/**
 * Missing facts are answers a client can send back: enumeration values by id, a date as a range with an example
 * day, and where every answer stays UNDETERMINED, the open questions that keep it so.
 */
class MissingFactAnswersTest {

    private static PledgeResult statePoliceWithPurposeAndContractUnknown() throws Exception {
        Query q =
                TestRules.query(Files.readString(Path.of("examples/queries/police-purpose-and-contract-unknown.json")));
        return TestRules.evaluator(TestRules.shipped()).evaluate(q).results().get(0);
    }

    @Test
    void aDateIsAnsweredAsRangesWithAnExampleDayAndTheQuestionsThatKeepItOpen() throws Exception {
        MissingFact contract = statePoliceWithPurposeAndContractUnknown().missingFacts().stream()
                .filter(m -> m.field().equals("contract.signedOn"))
                .findFirst()
                .orElseThrow();

        assertThat(contract.answers())
                .extracting(FactAnswer::from, FactAnswer::until, FactAnswer::example, FactAnswer::verdict)
                .containsExactly(
                        tuple(null, LocalDate.of(2020, 6, 9), LocalDate.of(2020, 6, 9), Verdict.UNDETERMINED),
                        tuple(LocalDate.of(2020, 6, 10), null, LocalDate.of(2020, 6, 10), Verdict.UNDETERMINED));
        assertThat(contract.openQuestions())
                .containsExactly("amazon-existing-contracts", "amazon-police-humanitarian-use");
    }

    @Test
    void anEnumerationIsAnsweredByExactValueIdsAndNeedsNoQuestionsWhereSomeValueDecides() throws Exception {
        MissingFact purpose = statePoliceWithPurposeAndContractUnknown().missingFacts().stream()
                .filter(m -> m.field().equals("purpose"))
                .findFirst()
                .orElseThrow();

        assertThat(purpose.answers())
                .extracting(FactAnswer::value)
                .contains("MISSING_PERSONS", "CRIMINAL_INVESTIGATION");
        assertThat(purpose.answers())
                .filteredOn(a -> "MISSING_PERSONS".equals(a.value()))
                .extracting(FactAnswer::verdict)
                .containsExactly(Verdict.NOT_COVERED);
        assertThat(purpose.openQuestions()).isEmpty();
    }

    @Test
    void anAnswerSentBackDecidesTheFact() throws Exception {
        String json = Files.readString(Path.of("examples/queries/police-purpose-and-contract-unknown.json"))
                .replace(
                        "\"capability\"",
                        "\"purpose\": \"MISSING_PERSONS\", \"contract\": {\"signedOn\": \"2020-06-09\"},"
                                + " \"capability\"");
        PledgeResult r = TestRules.evaluator(TestRules.shipped())
                .evaluate(TestRules.query(json))
                .results()
                .get(0);

        assertThat(r.verdict()).isEqualTo(Verdict.NOT_COVERED);
        assertThat(r.missingFacts()).isEmpty();
    }
}
