package org.pledgescope.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pledgescope.TestRules;

/** map --lint finds, over the whole space, each flaw the fixture pack was built with, and only those. */
class LintTest {
    private static final List<LintFinding> FINDINGS = ScopeMap.lint(ScopeMapTest.rules());

    private static List<LintFinding> of(LintFinding.Kind kind) {
        return FINDINGS.stream().filter(f -> f.kind() == kind).toList();
    }

    @Test
    void aRuleThatFiresInNoWorldIsDeadAndPointsAtItsLine() {
        assertThat(of(LintFinding.Kind.DEAD_RULE)).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("'sale-and-use'");
            assertThat(f.file()).endsWith("lint/flawed/rules.drl");
            assertThat(f.line()).isEqualTo(22);
            assertThat(f.toString()).startsWith(f.file() + ":22: dead rule 'sale-and-use'");
        });
    }

    @Test
    void worldsInsideTheTermThatNoRuleReachesAreSilences() {
        List<LintFinding> silences = of(LintFinding.Kind.SILENCE);
        assertThat(silences).isNotEmpty();
        assertThat(silences)
                .allSatisfy(f ->
                        assertThat(f.subject()).contains("useDate ∈ {used 2020-01-01 (f-2020-01-01) to 2020-12-31}"));
        // Police selling: no rule of the pack says anything about it.
        assertThat(silences)
                .anySatisfy(f ->
                        assertThat(f.subject()).contains("MUNICIPAL_POLICE").contains("SALE"));
        // Outside the term nothing is a silence: the term itself answers.
        assertThat(silences).noneSatisfy(f -> assertThat(f.subject()).contains("before 2020-01-01"));
    }

    @Test
    void policeSearchesForMissingPersonsAreBothProhibitedAndExemptForCertain() {
        assertThat(of(LintFinding.Kind.CONFLICT)).singleElement().satisfies(f -> {
            assertThat(f.subject())
                    .contains(
                            "agency.type ∈ {MUNICIPAL_POLICE, SHERIFF, STATE_POLICE}",
                            "activity ∈ {USE}",
                            "capability ∈ {FACE_COMPARISON}",
                            "purpose ∈ {MISSING_PERSONS}");
            assertThat(f.message())
                    .contains("PROHIBITS by [police-ban] and EXEMPTS by [missing-persons-exception]", "(3 worlds;");
        });
    }

    @Test
    void readingsThatGiveTheSameVerdictEverywhereAreIdle() {
        assertThat(of(LintFinding.Kind.IDLE_READING))
                .singleElement()
                .satisfies(f -> assertThat(f.subject()).isEqualTo("'f-federal' [police-only, local-only]"));
    }

    @Test
    void questionsNeverDecisiveAndNeverRaisedAreNamed() {
        assertThat(of(LintFinding.Kind.NEVER_DECISIVE))
                .singleElement()
                .satisfies(f -> assertThat(f.subject()).isEqualTo("'f-research'"));
        assertThat(of(LintFinding.Kind.NEVER_RAISED))
                .singleElement()
                .satisfies(f -> assertThat(f.subject()).isEqualTo("'f-unused'"));
    }

    @Test
    void aPackWhoseRulesReadTheUseDateIsNotLintedAndSaysWhy() {
        assertThat(ScopeMap.lint(TestRules.load(TestRules.packs("reads-use-date"))))
                .singleElement()
                .satisfies(f -> assertThat(f.kind()).isEqualTo(LintFinding.Kind.NOT_MAPPED));
    }
}
