package org.pledgescope.engine.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pledgescope.TestRules;
import org.pledgescope.evaluation.Evaluator;
import org.pledgescope.evaluation.RuleSet;
import org.pledgescope.evaluation.RuleSetLoader;
import org.pledgescope.pack.RulesLocation;
import org.pledgescope.scenario.Scenario;
import org.pledgescope.scenario.SuiteLoader;

/**
 * An edit reloaded while serving or watching is compiled with Drools' classic DRL compiler (faster for one pack);
 * every shipped pack compiled that way decides exactly as compiled with the executable model: on every shipped
 * scenario and on random queries ({@code -Dpledgescope.differential=N}, default 1,000 per pack).
 */
class ClassicCompileEqualityTest {
    private static RuleSet executable;
    private static RuleSet classic;

    @BeforeAll
    static void load() {
        executable = TestRules.shipped();
        // A reload after an edit: every pack differs from the previous rule set's, so each is compiled for edits.
        RuleSet previous = TestRules.load(TestRules.packs("valid"));
        classic =
                new RuleSetLoader(TestRules.CLOCK).load(RulesLocation.resolve(Path.of("rules")), id -> true, previous);
    }

    @Test
    void everyShippedScenarioIsDecidedAlike() {
        Evaluator evaluator = RandomQueries.patientEvaluator();
        List<Scenario> scenarios = new SuiteLoader(Clock.systemUTC())
                .load(List.of(Path.of("examples")), executable).stream()
                        .flatMap(s -> s.scenarios().stream())
                        .toList();
        for (Scenario s : scenarios) {
            assertThat(evaluator.evaluate(classic, s.query()).results())
                    .as(s.location() + " " + s.name())
                    .isEqualTo(evaluator.evaluate(executable, s.query()).results());
        }
        assertThat(classic.packs()).noneMatch(p -> p.fromCache());
    }

    @Test
    void randomQueriesAreDecidedAlike() {
        int count = Integer.getInteger("pledgescope.differential", 1_000);
        for (String pack : executable.packIds()) {
            assertThat(RandomQueries.differences(executable, classic, pack, count, 11))
                    .as(pack)
                    .isEmpty();
        }
    }
}
