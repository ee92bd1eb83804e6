package org.pledgescope.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pledgescope.TestRules;
import org.pledgescope.evaluation.Evaluator;
import org.pledgescope.json.Json;

/**
 * A result whose lists are shared by its class writes the JSON a plain list writes — the first time, when the
 * bytes are kept, and every later time, from them — compact and pretty-printed alike.
 */
class RenderedListTest {
    private static final String QUERY = "{'pledge':'amazon-rekognition-moratorium','useDate':'2020-07-15',"
            + "'asKnownOn':'2020-07-15','agency':{'type':'SHERIFF','country':'US'},'activity':'USE',"
            + "'capability':'FACE_COMPARISON','contract':{'signedOn':'2020-08-01'}}";

    @Test
    void aRenderedListWritesWhatAPlainListWrites() {
        PledgeResult result = new Evaluator()
                .evaluate(TestRules.shipped(), TestRules.query(QUERY))
                .results()
                .get(0);
        assertThat(result.missingFacts()).as("purpose is unknown").isNotEmpty();
        PledgeResult plain = withLists(
                result,
                List.copyOf(result.reasons()),
                List.copyOf(result.missingFacts()),
                List.copyOf(result.rulesFired()));
        PledgeResult rendered = withLists(
                result,
                RenderedList.of(result.reasons()),
                RenderedList.of(result.missingFacts()),
                RenderedList.of(result.rulesFired()));

        String expected = Json.MAPPER.writeValueAsString(plain);
        assertThat(Json.MAPPER.writeValueAsString(rendered)).isEqualTo(expected);
        assertThat(Json.MAPPER.writeValueAsString(rendered))
                .as("from the kept bytes")
                .isEqualTo(expected);
        assertThat(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(rendered))
                .isEqualTo(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(plain));
        assertThat(rendered).isEqualTo(plain);
    }

    @Test
    void aClassesSecondQueryWritesTheSameJsonAsItsFirst() {
        Evaluator evaluator = new Evaluator();
        String first = Json.MAPPER.writeValueAsString(
                evaluator.evaluate(TestRules.shipped(), TestRules.query(QUERY)).results());
        String second = Json.MAPPER.writeValueAsString(
                evaluator.evaluate(TestRules.shipped(), TestRules.query(QUERY)).results());
        String direct = Json.MAPPER.writeValueAsString(Evaluator.direct()
                .evaluate(TestRules.shipped(), TestRules.query(QUERY))
                .results());
        assertThat(second).isEqualTo(first).isEqualTo(direct);
    }

    private static PledgeResult withLists(
            PledgeResult r, List<Reason> reasons, List<MissingFact> missing, List<String> fired) {
        return new PledgeResult(
                r.pledge(),
                r.verdict(),
                r.because(),
                reasons,
                r.openQuestions(),
                missing,
                r.assumed(),
                r.assumedWithoutEffect(),
                r.presumed(),
                r.presumptions(),
                r.term(),
                r.knownStatements(),
                r.amendmentsNotYetApplying(),
                fired,
                r.worldsEvaluated(),
                r.error());
    }
}
