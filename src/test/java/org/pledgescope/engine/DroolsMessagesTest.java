package org.pledgescope.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pledgescope.engine.RuleCitationCheckTest.problems;

import org.junit.jupiter.api.Test;

/**
 * Drools' compile errors reach the analyst in plain words at the line they are about, with Drools' own text kept
 * as a second line.
 */
class DroolsMessagesTest {
    private static final String AT = "src/test/resources/packs/broken/drools-words/";

    @Test
    void aMissingEndIsReportedAtTheRuleThatLacksItNotWhereDroolsGaveUp() {
        assertThat(problems("drools-words/missing-end"))
                .containsExactly(AT + "missing-end/minimal/rules.drl:8: "
                        + "rule 'ban' (line 3) has no 'end': add a line 'end' after its action, here");
    }

    @Test
    void aSingleEqualsSignSaysToCompareWithTwo() {
        assertThat(problems("drools-words/single-equals"))
                .containsExactly(
                        AT + "single-equals/minimal/rules.drl:6: "
                                + "'=' in a condition: compare with '=='\n    drools: [ERR 102] Line 6:19 mismatched input '=' in rule \"ban\"");
    }

    @Test
    void anUnknownFactTypeListsTheFactsARuleCanMatch() {
        assertThat(problems("drools-words/unknown-fact"))
                .containsExactly(AT + "unknown-fact/minimal/rules.drl:6: "
                        + "'Usage' is not a fact a rule can match; the facts: Use, Known, Pledge, Scope (see "
                        + "docs/writing-rules.md)\n    drools: Unable to find class: Usage");
    }

    @Test
    void anUnknownActionIsReportedAtItsLineInTheRuleFileNotInGeneratedJava() {
        // (the action check also refuses the call, at the rule's line)
        assertThat(problems("drools-words/unknown-action"))
                .contains(AT + "unknown-action/minimal/rules.drl:8: "
                        + "outcome.prohibit(…) is not an action a rule can take; the actions: outcome.prohibits(…), "
                        + "outcome.exempts(…), outcome.open(…), outcome.limits(), insert(outcome.inScope(Aspect.…))"
                        + "\n    drools: The method prohibit() is undefined for the type Outcome");
    }

    @Test
    void anUnquotedValueSaysHowValuesAreWritten() {
        assertThat(problems("drools-words/unquoted-value"))
                .containsExactly(AT + "unquoted-value/minimal/rules.drl:6: "
                        + "cannot read the condition 'agencyType == MUNICIPAL_POLICE': write a value in double quotes "
                        + "(\"SHERIFF\"), a value set by name (police), and compare with ==, !=, in (…), memberOf"
                        + "\n    drools: Unable to Analyse Expression agencyType == MUNICIPAL_POLICE:");
    }

    @Test
    void aMisspeltFieldIsReportedOnceAtItsLine() {
        assertThat(problems("drools-words/unknown-field"))
                .containsExactly(AT + "unknown-field/minimal/rules.drl:6: "
                        + "'agencyTyp' is not a fact of the vocabulary or of this pack; facts: [activity, agency.country, "
                        + "agency.name, agency.type, asKnownOn, capability, contract.signedOn, purpose, useDate]");
    }
}
