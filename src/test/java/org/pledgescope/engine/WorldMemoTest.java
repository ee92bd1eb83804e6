package org.pledgescope.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pledgescope.TestRules;
import org.pledgescope.engine.facts.RuleFinding;

/** A world's findings are remembered, keyed by exactly the facts the pack's rules can read. */
class WorldMemoTest {
    private static final LocalDate ANNOUNCED = LocalDate.of(2020, 1, 1);
    private static final LocalDate SATURDAY = LocalDate.of(2020, 6, 6);
    private static final LocalDate MONDAY = LocalDate.of(2020, 6, 8);

    private static CompiledPack pack(String fixture) {
        return EngineFixtures.compile(TestRules.packs(fixture), CompiledRulesCache.configured());
    }

    @Test
    void whenNoRuleReadsTheUseDateWorldsOnDifferentDaysShareOneEvaluation() {
        CompiledPack minimal = pack("valid");

        WorldFindings saturday = minimal.fire(EngineFixtures.policeUse(), SATURDAY, List.of("m-2020-01-01"), ANNOUNCED);
        WorldFindings monday = minimal.fire(EngineFixtures.policeUse(), MONDAY, List.of("m-2020-01-01"), ANNOUNCED);

        assertThat(monday).isSameAs(saturday);
        assertThat(monday.rulesFired()).containsExactly("ban");
    }

    @Test
    void whenARuleReadsTheUseDateEachDayIsEvaluatedOnItsOwn() {
        // The fixture's rule compares the use date with the contract date: signed on the Saturday.
        CompiledPack dated = pack("reads-use-date");
        var signed = EngineFixtures.with(EngineFixtures.policeUse(), "contract.signedOn", SATURDAY);

        WorldFindings saturday = dated.fire(signed, SATURDAY, List.of("m-2020-01-01"), ANNOUNCED);
        WorldFindings monday = dated.fire(signed, MONDAY, List.of("m-2020-01-01"), ANNOUNCED);

        assertThat(saturday.findings()).extracting(RuleFinding::clause).containsExactly("m-2020-01-01#ban");
        assertThat(monday.findings()).isEmpty();
    }

    @Test
    void otherFactsStillTellWorldsApart() {
        CompiledPack minimal = pack("valid");

        WorldFindings police = minimal.fire(EngineFixtures.policeUse(), SATURDAY, List.of("m-2020-01-01"), ANNOUNCED);
        WorldFindings other = minimal.fire(
                EngineFixtures.with(EngineFixtures.policeUse(), "agency.type", "SHERIFF"),
                SATURDAY,
                List.of("m-2020-01-01"),
                ANNOUNCED);

        assertThat(police.rulesFired()).containsExactly("ban");
        assertThat(other.rulesFired()).isEmpty();
    }
}
