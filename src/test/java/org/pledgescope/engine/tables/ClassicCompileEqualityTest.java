package org.pledgescope.engine.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pledgescope.TestRules;
import org.pledgescope.engine.CompiledRulesCache;
import org.pledgescope.engine.PackCompiler;
import org.pledgescope.evaluation.Evaluator;
import org.pledgescope.evaluation.RuleSet;
import org.pledgescope.evaluation.RuleSetLoader;
import org.pledgescope.pack.RulesLocation;
import org.pledgescope.scenario.Scenario;
import org.pledgescope.scenario.SuiteLoader;

/**
 * Two runs compile with Drools' classic DRL compiler rather than the executable model: an edit reloaded while serving
 * or watching (actions compiled as Java), and a run that ends when its work is done, such as {@code test}, on a pack
 * missing from the cache (actions interpreted by MVEL where they mean the same). Every shipped pack compiled either
 * way decides exactly as compiled with the executable model: on every shipped scenario and on random queries
 * ({@code -Dpledgescope.differential=N}, default 1,000 per pack; bench/compilers-differential.sh runs 100,000).
 */
class ClassicCompileEqualityTest {
    private static RuleSet executable;
    private static Map<String, RuleSet> classic;

    @BeforeAll
    static void load() {
        executable = TestRules.shipped();
        classic = classicRuleSets();
    }

    /** The shipped packs compiled for an edit, and for one run with nothing in the cache, by name. */
    static Map<String, RuleSet> classicRuleSets() {
        RulesLocation shipped = RulesLocation.resolve(Path.of("rules"));
        RuleSetLoader loader = new RuleSetLoader(TestRules.CLOCK);
        // A reload after an edit: every pack differs from the previous rule set's, so each is compiled for edits.
        RuleSet previous = TestRules.load(TestRules.packs("valid"));
        return Map.of(
                "compiled for edits",
                loader.load(shipped, id -> true, previous),
                "compiled for one run",
                loader.loadWith(shipped, id -> true, PackCompiler.forOneRun(CompiledRulesCache.disabled())));
    }

    @Test
    void everyShippedScenarioIsDecidedAlike() {
        Evaluator evaluator = RandomQueries.patientEvaluator();
        List<Scenario> scenarios = new SuiteLoader(Clock.systemUTC())
                .load(List.of(Path.of("examples")), executable).stream()
                        .flatMap(s -> s.scenarios().stream())
                        .toList();
        classic.forEach((how, rules) -> {
            for (Scenario s : scenarios) {
                assertThat(evaluator.evaluate(rules, s.query()).results())
                        .as(how + ": " + s.location() + " " + s.name())
                        .isEqualTo(evaluator.evaluate(executable, s.query()).results());
            }
            assertThat(rules.packs()).as(how).noneMatch(p -> p.fromCache());
        });
    }

    @Test
    void randomQueriesAreDecidedAlike() {
        int count = Integer.getInteger("pledgescope.differential", 1_000);
        classic.forEach((how, rules) -> {
            for (String pack : executable.packIds()) {
                assertThat(RandomQueries.differences(executable, rules, pack, count, 11))
                        .as(how + ": " + pack)
                        .isEmpty();
            }
        });
    }
}
