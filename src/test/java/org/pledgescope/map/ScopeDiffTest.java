package org.pledgescope.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pledgescope.TestRules;
import org.pledgescope.evaluation.RuleSet;
import org.pledgescope.verdict.Verdict;

/** diff names exactly the worlds an edit or a later statement moved, with the rules and statements responsible. */
class ScopeDiffTest {

    @Test
    void anEditToARuleMovesOnlyTheWorldsItReaches() {
        RuleSet before = ScopeMapTest.rules();
        RuleSet after = TestRules.load(TestRules.packs("lint-edited"));

        ScopeDiff diff =
                ScopeDiff.ofRuleSets(before, after, "flawed", ScopeMap.Request.everything(), "before", "after");

        // Police pilots of face comparison, inside the term and read once the statement is known: 3 agency types ×
        // 7 purposes (no rule of either reads the contract date: one class of it).
        assertThat(diff.moved()).isEqualTo(21);
        assertThat(diff.moves()).singleElement().satisfies(m -> {
            assertThat(m.before().verdict()).isEqualTo(Verdict.NOT_COVERED);
            assertThat(m.after().verdict()).isEqualTo(Verdict.COVERED);
            assertThat(m.where())
                    .containsEntry("activity", List.of("PILOT"))
                    .containsEntry("agency.type", List.of("MUNICIPAL_POLICE", "SHERIFF", "STATE_POLICE"))
                    .containsEntry("capability", List.of("FACE_COMPARISON"));
            assertThat(m.rules()).containsExactly("police-ban");
            assertThat(m.statements()).containsExactly("f-2020-01-01");
        });
    }

    @Test
    void theSameRulesMoveNothing() {
        RuleSet rules = ScopeMapTest.rules();
        ScopeDiff diff = ScopeDiff.ofRuleSets(rules, rules, "flawed", ScopeMap.Request.everything(), "a", "b");
        assertThat(diff.anyMoved()).isFalse();
        assertThat(diff.worlds()).isEqualTo(10_080);
    }

    @Test
    void aLaterStatementMovesTheWorldsItSettlesAndIsNamed() {
        RuleSet rules = TestRules.shipped();
        ScopeDiff diff = ScopeDiff.ofDates(
                rules,
                "amazon-rekognition-moratorium",
                LocalDate.parse("2021-06-01"),
                LocalDate.parse("2024-02-01"),
                LocalDate.parse("2022-01-01"),
                Map.of(
                        "agency.type",
                        List.of("IMMIGRATION_ENFORCEMENT"),
                        "activity",
                        List.of("USE"),
                        "capability",
                        List.of("FACE_COMPARISON"),
                        "agency.country",
                        List.of("US"),
                        "purpose",
                        List.of("IMMIGRATION")));

        // ICE's face search: open on amazon-federal-agencies (and, under an old contract, on existing contracts)
        // until the 2024 clarification settles it; two regions, as the open questions before differ.
        assertThat(diff.worlds()).isEqualTo(2);
        assertThat(diff.moved()).isEqualTo(2);
        assertThat(diff.moves()).hasSize(2).allSatisfy(m -> {
            assertThat(m.before().verdict()).isEqualTo(Verdict.UNDETERMINED);
            assertThat(m.before().openQuestions()).contains("amazon-federal-agencies");
            assertThat(m.after().verdict()).isEqualTo(Verdict.NOT_COVERED);
            assertThat(m.statements()).contains("amazon-2024-01-26");
            assertThat(m.rules()).contains("federal-agencies-are-not-police-departments", "police-use");
        });
    }
}
