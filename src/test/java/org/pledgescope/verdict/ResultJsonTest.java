package org.pledgescope.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pledgescope.TestRules;
import org.pledgescope.evaluation.Evaluator;
import org.pledgescope.evaluation.RandomQueries;
import org.pledgescope.evaluation.RuleSet;
import org.pledgescope.json.Json;
import org.pledgescope.query.InvalidQueryException;
import org.pledgescope.query.Query;

/**
 * Decisions written straight to the generator are the JSON Jackson writes from the records' annotations: on random
 * queries (known, partial, value sets, assumptions) over the shipped packs and the escaping fixture, and on results
 * of every kind (failed, outside the term, over a bound) the evaluator makes.
 */
class ResultJsonTest {
    private static void sameJson(RuleSet rules, Evaluator evaluator, long seed) {
        RandomQueries queries = new RandomQueries(rules, seed);
        for (int i = 0; i < 3_000; i++) {
            Query q = queries.next();
            Decision d;
            try {
                d = evaluator.evaluate(rules, q);
            } catch (InvalidQueryException e) {
                continue;
            }
            Decision plain = new Decision(d.decisionId(), d.rulesetRevision(), d.query(), List.copyOf(d.results()));
            String expected = Json.MAPPER.writeValueAsString(plain);
            assertThat(new String(ResultJson.bytes(d), StandardCharsets.UTF_8)).isEqualTo(expected);
            assertThat(new String(ResultJson.bytes(plain), StandardCharsets.UTF_8))
                    .isEqualTo(expected);
        }
    }

    @Test
    void theShippedPacksDecisionsAreWrittenAsJacksonWritesThem() {
        sameJson(TestRules.shipped(), new Evaluator(), 17L);
    }

    @Test
    void markupQuotesAndEveryKindOfResultAreWrittenAlike() {
        sameJson(TestRules.load(TestRules.packs("escaping")), new Evaluator(), 18L);
        // Small bounds: results over a bound (too many readings) and without a table (too many worlds).
        sameJson(TestRules.shipped(), new Evaluator(5, 10), 19L);
        sameJson(TestRules.load(TestRules.packs("reads-use-date")), new Evaluator(5, 10), 20L);
    }
}
