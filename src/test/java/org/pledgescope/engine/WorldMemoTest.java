package org.pledgescope.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pledgescope.TestRules;
import org.pledgescope.engine.facts.Use;
import org.pledgescope.query.Activity;
import org.pledgescope.query.AgencyType;
import org.pledgescope.query.Capability;
import org.pledgescope.query.Purpose;
import org.pledgescope.verdict.Finding;

/** A world's findings are remembered, keyed by exactly the facts the pack's rules can read. */
class WorldMemoTest {
    private static final LocalDate ANNOUNCED = LocalDate.of(2020, 1, 1);
    private static final LocalDate SATURDAY = LocalDate.of(2020, 6, 6);
    private static final LocalDate MONDAY = LocalDate.of(2020, 6, 8);

    private static Use policeUseOn(LocalDate day) {
        return new Use(AgencyType.MUNICIPAL_POLICE, "US", Activity.USE, Capability.FACE_COMPARISON,
                Purpose.CRIMINAL_INVESTIGATION, null, day);
    }

    private static CompiledPack pack(String fixture) {
        return TestRules.load(TestRules.packs(fixture)).packs().get(0);
    }

    @Test
    void whenNoRuleReadsTheUseDateWorldsOnDifferentDaysShareOneEvaluation() {
        CompiledPack minimal = pack("valid");

        WorldFindings saturday = minimal.fire(policeUseOn(SATURDAY), List.of("m-2020-01-01"), ANNOUNCED);
        WorldFindings monday = minimal.fire(policeUseOn(MONDAY), List.of("m-2020-01-01"), ANNOUNCED);

        assertThat(monday).isSameAs(saturday);
        assertThat(monday.rulesFired()).containsExactly("ban");
    }

    @Test
    void whenARuleReadsTheUseDateEachDayIsEvaluatedOnItsOwn() {
        CompiledPack dated = pack("reads-use-date");

        WorldFindings saturday = dated.fire(policeUseOn(SATURDAY), List.of("m-2020-01-01"), ANNOUNCED);
        WorldFindings monday = dated.fire(policeUseOn(MONDAY), List.of("m-2020-01-01"), ANNOUNCED);

        assertThat(saturday.findings()).extracting(Finding::clause).containsExactly("m-2020-01-01#ban");
        assertThat(monday.findings()).isEmpty();
    }

    @Test
    void otherFactsStillTellWorldsApart() {
        CompiledPack minimal = pack("valid");
        Use sheriff = new Use(AgencyType.SHERIFF, "US", Activity.USE, Capability.FACE_COMPARISON,
                Purpose.CRIMINAL_INVESTIGATION, null, SATURDAY);

        WorldFindings police = minimal.fire(policeUseOn(SATURDAY), List.of("m-2020-01-01"), ANNOUNCED);
        WorldFindings other = minimal.fire(sheriff, List.of("m-2020-01-01"), ANNOUNCED);

        assertThat(police.rulesFired()).containsExactly("ban");
        assertThat(other.rulesFired()).isEmpty();
    }
}
