package org.pledgescope.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pledgescope.pack.Effect;
import org.pledgescope.pack.Reading;

/** A finding's effect in one world: its own, unless a question it depends on is read narrowly. */
class FindingEffectTest {
    private static final Reading BROAD = new Reading("broad", "", Effect.PROHIBITS);
    private static final Reading NARROW = new Reading("narrow", "", Effect.NONE);
    private static final Reading LIFTS = new Reading("lifts", "", Effect.EXEMPTS);

    @Test
    void aProhibitionHoldsOnlyWhileEveryQuestionItDependsOnIsReadBroadly() {
        Finding f = new Finding("ban", FindingKind.PROHIBITS, "s#ban", null, List.of("q1", "q2"));
        assertThat(f.effectUnder(Map.of("q1", BROAD, "q2", BROAD))).isEqualTo(Effect.PROHIBITS);
        assertThat(f.effectUnder(Map.of("q1", BROAD, "q2", NARROW))).isEqualTo(Effect.NONE);
    }

    @Test
    void anOpenFindingTakesItsQuestionsReadingEffect() {
        Finding f = new Finding("old-contracts", FindingKind.OPEN, null, "q", List.of("scope"));
        assertThat(f.effectUnder(Map.of("q", LIFTS, "scope", BROAD))).isEqualTo(Effect.EXEMPTS);
        assertThat(f.effectUnder(Map.of("q", LIFTS, "scope", NARROW))).isEqualTo(Effect.NONE);
        assertThat(f.questions()).containsExactly("q", "scope");
    }

    @Test
    void aLimitNeverChangesAVerdict() {
        assertThat(new Finding("out", FindingKind.LIMITS, "s#scope", null, List.of()).effectUnder(Map.of()))
                .isEqualTo(Effect.NONE);
    }

    @Test
    void oneWorldsVerdictLetsExemptionsWinThenProhibitions() {
        assertThat(Verdict.ofWorld(true, true)).isEqualTo(Verdict.NOT_COVERED);
        assertThat(Verdict.ofWorld(false, true)).isEqualTo(Verdict.COVERED);
        assertThat(Verdict.ofWorld(false, false)).isEqualTo(Verdict.NOT_COVERED);
    }
}
