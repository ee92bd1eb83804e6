package org.pledgescope.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pledgescope.TestRules;
import org.pledgescope.evaluation.RuleSet;

/**
 * The classes of a pack's decision table are read from its rules: values that pass the same tests are one class; a
 * list or value set read as one test stays one class; a fact no rule reads is one class; a date is split where the
 * rules compare it with the pack's first day (fixtures: src/test/resources/packs/classes).
 */
class ClassDerivationTest {
    private static final RuleSet FIXTURES = TestRules.load(TestRules.packs("classes"));

    private static FactClasses axis(RuleSet rules, String pack, String path) {
        return rules.classes(pack).stream()
                .filter(a -> a.path().equals(path))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void overlappingSetsListsAndLiteralsSplitValuesByTheTestsTheyPass() {
        // memberOf police, in ("SHERIFF", "FEDERAL_LAW_ENFORCEMENT") || == "STATE_POLICE", not memberOf
        // nonLawEnforcement, == "RESEARCH".
        assertThat(axis(FIXTURES, "overlapping", "agency.type").members())
                .containsExactly(
                        List.of("MUNICIPAL_POLICE"),
                        List.of("SHERIFF", "STATE_POLICE"),
                        List.of("FEDERAL_LAW_ENFORCEMENT"),
                        List.of("IMMIGRATION_ENFORCEMENT", "BORDER_PROTECTION"),
                        List.of("OTHER_GOVERNMENT", "NONPROFIT", "COMMERCIAL"),
                        List.of("RESEARCH"));
        // != "MISSING_PERSONS" and not in ("OTHER"): two tests, three classes.
        assertThat(axis(FIXTURES, "overlapping", "purpose").members())
                .containsExactly(
                        List.of(
                                "CRIMINAL_INVESTIGATION",
                                "HUMAN_TRAFFICKING_VICTIMS",
                                "SURVEILLANCE",
                                "IMMIGRATION",
                                "IDENTITY_VERIFICATION"),
                        List.of("MISSING_PERSONS"),
                        List.of("OTHER"));
        assertThat(axis(FIXTURES, "overlapping", "overlap.flagged").members())
                .containsExactly(List.of("true"), List.of("false"));
    }

    @Test
    void aDateComparedWithTheFirstDayIsSplitThereOrTheDayAfter() {
        // contractSignedOn > $announced: the day after the first statement (2020-03-01) begins the second class.
        FactClasses signed = axis(FIXTURES, "overlapping", "contract.signedOn");
        assertThat(signed.cuts()).containsExactly(LocalDate.of(2020, 3, 2));
        assertThat(signed.classOf(LocalDate.of(2020, 3, 1))).isZero();
        assertThat(signed.classOf(LocalDate.of(2020, 3, 2))).isEqualTo(1);
        // The use date, read by the rules, is an axis of its own: < and > the first day.
        assertThat(axis(FIXTURES, "reads-use-date", "useDate").cuts())
                .containsExactly(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 2));
    }

    @Test
    void aFactNoRuleReadsIsOneClass() {
        assertThat(axis(FIXTURES, "unread-fact", "unread.color").size()).isEqualTo(1);
        assertThat(axis(FIXTURES, "unread-fact", "agency.country").size()).isEqualTo(1);
        assertThat(axis(FIXTURES, "unread-fact", "contract.signedOn").cuts()).isEmpty();
    }

    @Test
    void aFactComparedWithAnotherLeavesThePackWithoutATableAndSaysWhy() {
        assertThat(FIXTURES.tableSummary("fact-vs-fact"))
                .isEqualTo("no decision table: rule 'signed-on-the-day-of-use' compares contract.signedOn with useDate"
                        + " (a fact with another fact); answered by firing its rules world by world");
    }

    @Test
    void amazonsTenAgencyTypesAreFourClasses() {
        assertThat(axis(TestRules.shipped(), "amazon-rekognition-moratorium", "agency.type")
                        .members())
                .containsExactly(
                        List.of("MUNICIPAL_POLICE", "SHERIFF", "STATE_POLICE"),
                        List.of("FEDERAL_LAW_ENFORCEMENT", "IMMIGRATION_ENFORCEMENT", "BORDER_PROTECTION"),
                        List.of("OTHER_GOVERNMENT"),
                        List.of("NONPROFIT", "COMMERCIAL", "RESEARCH"));
        assertThat(TestRules.shipped().tableSummary("amazon-rekognition-moratorium"))
                .startsWith("decision table: 768 classes of worlds × 4 sets of statements");
    }
}
