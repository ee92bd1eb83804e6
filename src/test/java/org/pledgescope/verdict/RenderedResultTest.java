package org.pledgescope.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pledgescope.TestRules;
import org.pledgescope.evaluation.Evaluator;
import org.pledgescope.evaluation.RandomQueries;
import org.pledgescope.evaluation.RuleSet;
import org.pledgescope.json.Json;
import org.pledgescope.query.Query;

/**
 * A result written with the JSON its class shares around its own sentence is the same JSON as the result written
 * afresh — for random queries over the shipped packs and the escaping fixture, whose every text is markup and quotes.
 */
class RenderedResultTest {
    private static void sameJson(RuleSet rules, long seed) {
        RandomQueries queries = new RandomQueries(rules, seed);
        Evaluator evaluator = new Evaluator();
        int shared = 0;
        for (int i = 0; i < 3_000; i++) {
            Query q = queries.next();
            Decision d;
            try {
                d = evaluator.evaluate(rules, q);
            } catch (org.pledgescope.query.InvalidQueryException e) {
                continue;
            }
            shared += d.results() instanceof RenderedResult ? 1 : 0;
            Decision plain = new Decision(d.decisionId(), d.rulesetRevision(), d.query(), List.copyOf(d.results()));
            assertThat(Json.MAPPER.writeValueAsString(d)).isEqualTo(Json.MAPPER.writeValueAsString(plain));
            assertThat(d.results()).isEqualTo(plain.results());
        }
        assertThat(shared).as("results written from their class's JSON").isGreaterThan(1_000);
    }

    @Test
    void aSharedResultIsWrittenAsAPlainOne() {
        sameJson(TestRules.shipped(), 5L);
    }

    @Test
    void markupAndQuotesInEveryTextAreEscapedAlike() {
        sameJson(TestRules.load(TestRules.packs("escaping")), 6L);
    }
}
