package org.pledgescope.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pledgescope.TestRules;
import org.pledgescope.pack.RulesLocation;

/**
 * A watcher warms the compiler for edits up once when it starts: the packs chosen are compiled afresh (nothing reused,
 * nothing from the cache), and packs that do not load give no rule set and no exception (the first edit reports them).
 */
class WarmUpForEditsTest {
    private final RuleSetLoader loader = new RuleSetLoader(TestRules.CLOCK);

    @Test
    void compilesOnlyThePacksChosenAfresh() {
        RuleSet warm = loader.warmUpForEdits(RulesLocation.resolve(TestRules.packs("lint")), id -> id.equals("flawed"));
        assertThat(warm).isNotNull();
        assertThat(warm.packIds()).containsExactly("flawed");
        assertThat(warm.packs()).noneMatch(LoadedPack::fromCache);
        assertThat(warm.pack("flawed").orElseThrow().rules().stream()
                        .map(r -> r.name() + ":" + r.line())
                        .toList())
                .isEqualTo(TestRules.load(TestRules.packs("lint")).pack("flawed").orElseThrow().rules().stream()
                        .map(r -> r.name() + ":" + r.line())
                        .toList());
        assertThat(loader.warmUpForEdits(RulesLocation.resolve(TestRules.packs("lint")), id -> false)
                        .packIds())
                .isEmpty();
    }

    @Test
    void packsThatDoNotLoadGiveNothingAndThrowNothing() {
        assertThat(loader.warmUpForEdits(RulesLocation.resolve(TestRules.packs("broken/drl-error")), id -> true))
                .isNull();
    }
}
