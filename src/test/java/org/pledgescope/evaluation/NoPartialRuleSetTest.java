package org.pledgescope.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.pledgescope.TestRules;
import org.pledgescope.pack.PackLoadException;

/** One broken pack fails the whole load: a partial rule set is never used. */
class NoPartialRuleSetTest {

    @Test
    void aGoodPackBesideABrokenOneIsNotLoadedAlone() {
        assertThatThrownBy(() -> new RuleSetLoader(Clock.systemUTC()).load(TestRules.packs("broken/one-broken-of-two")))
                .isInstanceOfSatisfying(
                        PackLoadException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                            assertThat(p.file()).endsWith("one-broken-of-two/bad/rules.drl");
                            assertThat(p.line()).isEqualTo(13);
                            assertThat(p.message()).contains("'outcome.prohibits(;' is not an action a rule may take");
                        }));
    }

    @Test
    void theValidPackAloneLoads() {
        assertThat(TestRules.load(TestRules.packs("valid")).packIds()).containsExactly("minimal");
    }
}
