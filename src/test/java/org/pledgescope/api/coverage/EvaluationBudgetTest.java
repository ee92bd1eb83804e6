package org.pledgescope.api.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.pledgescope.TestRules;
import org.pledgescope.api.ApiTest;
import org.pledgescope.batch.InputLimits;
import org.pledgescope.batch.NdjsonBatch;
import org.pledgescope.json.Json;

/** A batch request spends at most its evaluation budget; the queries after that are answered with an error. */
class EvaluationBudgetTest {
    @Test
    void queriesPastTheBudgetAreAnsweredWithAnError() throws Exception {
        EvaluationBudget budget = new EvaluationBudget(Duration.ofNanos(1));
        TestRules.Decider decider = TestRules.evaluator(TestRules.shipped());
        NdjsonBatch batch = new NdjsonBatch(
                budget.guard(node ->
                        decider.evaluate(TestRules.query(TestRules.shipped().vocabulary(), node.toString()))),
                InputLimits.DEFAULT);
        String line = ApiTest.example().replace("\n", "") + "\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NdjsonBatch.Summary summary =
                batch.run(batch.lines(new ByteArrayInputStream(line.repeat(3).getBytes(StandardCharsets.UTF_8))), out);

        String[] answers = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(Json.MAPPER.readTree(answers[0]).at("/results/0/verdict").asString())
                .isEqualTo("COVERED");
        assertThat(Json.MAPPER.readTree(answers[1]).at("/error/message").asString())
                .startsWith("not evaluated: this request has spent its evaluation budget");
        assertThat(Json.MAPPER.readTree(answers[2]).get("line").asInt()).isEqualTo(3);
        assertThat(summary.rejected()).isEqualTo(2);
    }
}
