package org.pledgescope.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgescope.TestRules;
import org.pledgescope.evaluation.Evaluator;
import org.pledgescope.evaluation.LoadedPack;
import org.pledgescope.evaluation.RandomQueries;
import org.pledgescope.evaluation.RuleSet;
import org.pledgescope.evaluation.RuleSetLoader;
import org.pledgescope.json.Json;
import org.pledgescope.query.Query;
import org.pledgescope.verdict.Decision;

/**
 * A bundle of the shipped rules (made from a copy in another directory), opened with no compiled-rules cache and nothing
 * but its own bytes, serves the revision
 * of the rules directory and the same decisions on 2,000 random queries (FleetIT asks a replica process 10,000), each
 * pack loaded from the compiled form the bundle carries (nothing compiled, nothing read from or written to a cache on
 * disk).
 */
class BundleRoundTripTest {
    @TempDir
    Path scratch;

    @Test
    void theBundleServesTheRevisionAndTheDecisionsOfItsRulesDirectory() throws Exception {
        RuleSet direct = TestRules.shipped();
        // Made from a copy elsewhere: a replica's paths (rules/…) are not the author's.
        Path elsewhere = scratch.resolve("author/checkout/rules");
        TestRules.copyTree(Path.of("rules"), elsewhere);
        BundleWriter.Built built = BundleFixtures.build(elsewhere, BundleFixtures.signingKey());
        // Each pack's compiled rules and its complete decision table.
        assertThat(built.compiledFiles()).isEqualTo(2 * direct.packs().size());

        Path unusedCache = scratch.resolve("cache-the-replica-must-not-touch");
        LoadedBundle bundle;
        String configured = System.getProperty("pledgescope.cache");
        System.setProperty("pledgescope.cache", unusedCache.toString());
        try {
            bundle = new BundleLoader(new RuleSetLoader(TestRules.CLOCK), BundleLimits.DEFAULT)
                    .open(built.archive(), BundleFixtures.trusted(), "bundle round trip");
        } finally {
            System.setProperty("pledgescope.cache", configured);
        }
        RuleSet served = bundle.ruleSet();

        assertThat(Files.exists(unusedCache)).isFalse();
        assertThat(bundle.compiledHere()).isEmpty();
        assertThat(served.packs()).allMatch(LoadedPack::fromCache);
        assertThat(served.packIds()).allMatch(served::tableFromCache);
        assertThat(served.revision())
                .isEqualTo(direct.revision())
                .isEqualTo(bundle.manifest().revision());
        assertThat(served.packIds()).isEqualTo(direct.packIds());
        assertThat(served.location()).isEqualTo("bundle round trip");

        Evaluator evaluator = new Evaluator();
        RandomQueries queries = new RandomQueries(direct, 23);
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            Query q = queries.next();
            String expected = answer(evaluator, direct, q);
            String actual = answer(evaluator, served, q);
            if (!expected.equals(actual) && differences.size() < 5) {
                differences.add(
                        Json.MAPPER.writeValueAsString(q) + "\n  direct: " + expected + "\n  bundle: " + actual);
            }
        }
        assertThat(differences).isEmpty();
    }

    /** The decision without its random id: the revision and every result. */
    private static String answer(Evaluator evaluator, RuleSet rules, Query q) {
        try {
            Decision d = evaluator.evaluate(rules, q);
            return d.rulesetRevision() + " " + Json.MAPPER.writeValueAsString(d.results());
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }
}
