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
                .containsExactly(AT + "unknown-fact/minimal/rules.drl:6: rule 'ban' matches 'Usage', which is not a"
                        + " fact a rule can match; the facts: Use, Known, Pledge, Scope (see docs/writing-rules.md)");
    }

    @Test
    void anUnknownActionIsReportedAtItsLineInTheRuleFileNotInGeneratedJava() {
        assertThat(problems("drools-words/unknown-action"))
                .containsExactly(AT + "unknown-action/minimal/rules.drl:8: rule 'ban': 'outcome.prohibit()' is not an"
                        + " action a rule may take; a rule action may only be outcome.prohibits($scope, …),"
                        + " outcome.exempts(…), outcome.open(…), outcome.limits(), insert(outcome.inScope(Aspect.X)),"
                        + " insert(new DeclaredType()) or delete($fact), each ending with ';'");
    }

    @Test
    void anUnquotedValueSaysHowValuesAreWritten() {
        assertThat(problems("drools-words/unquoted-value"))
                .containsExactly(AT + "unquoted-value/minimal/rules.drl:6: rule 'ban': in 'agencyType =="
                        + " MUNICIPAL_POLICE', MUNICIPAL_POLICE is not quoted: write a value in double quotes"
                        + " (\"MUNICIPAL_POLICE\")");
    }

    @Test
    void aMisspeltFieldIsReportedOnceAtItsLine() {
        assertThat(problems("drools-words/unknown-field"))
                .containsExactly(AT + "unknown-field/minimal/rules.drl:6: "
                        + "'agencyTyp' is not a fact of the vocabulary or of this pack; facts: [activity, agency.country, "
                        + "agency.name, agency.type, asKnownOn, capability, contract.signedOn, purpose, useDate]");
    }
}
