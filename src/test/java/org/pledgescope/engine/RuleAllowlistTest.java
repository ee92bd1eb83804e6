package org.pledgescope.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pledgescope.TestRules;
import org.pledgescope.diagnostics.Problem;
import org.pledgescope.evaluation.RuleSetLoader;
import org.pledgescope.pack.PackLoadException;

/**
 * Packs are data: rules are written in an allowlisted subset of DRL, checked on Drools' parse before anything is
 * compiled. Every way a probe made a pack run code is refused at its file and line, and a refused pack is never
 * compiled. The fixtures are under src/test/resources/packs/hostile (one rules directory per attack).
 */
class RuleAllowlistTest {
    private static final String ALLOWED = "a rule action may only be outcome.prohibits($scope, …), outcome.exempts(…),"
            + " outcome.open(…), outcome.limits(), insert(outcome.inScope(Aspect.X)), insert(new DeclaredType()) or"
            + " delete($fact), each ending with ';'";

    static List<String> problems(String attack) {
        Path dir = TestRules.packs("hostile/" + attack);
        try {
            new RuleSetLoader(Clock.systemUTC()).load(dir);
        } catch (PackLoadException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("expected the hostile pack " + attack + " to be refused");
    }

    private static String file(String attack) {
        return "src/test/resources/packs/hostile/" + attack + "/" + attack + "/rules.drl:";
    }

    @Test
    void aReflectionChainInAConditionIsACallAndRefused() {
        assertThat(problems("reflection"))
                .containsExactly(
                        file("reflection") + "6: rule 'runs-a-process-from-a-condition': in 'agencyType == \"\""
                                + ".getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null).toString()',"
                                + " calls \"\".getClass(…) in a condition: a condition may only compare facts (and read"
                                + " fact(\"path\"))");
    }

    @Test
    void aUnicodeEscapeThatWouldEndACommentIsRefusedBeforeAnyCompilerReadsIt() {
        assertThat(problems("escaped-newline"))
                .containsExactly(file("escaped-newline") + "8: a backslash: rules here use no escapes (a \\u escape"
                        + " would change what the compiler reads); write the character itself");
    }

    @Test
    void accumulateAndEvalAreNotConditionsARuleMayUse() {
        assertThat(problems("accumulate"))
                .containsExactly(file("accumulate") + "6: rule 'counts-with-code' matches Number accumulate: a pattern"
                        + " matches the engine's facts only (no from, accumulate, collect or entry-point)");
        assertThat(problems("eval"))
                .containsExactly(file("eval") + "7: rule 'evaluates-code' uses eval(…) (it runs code): a condition is"
                        + " patterns over the engine's facts joined by and, or, not and exists");
    }

    @Test
    void aDeclaredFieldWithAnInitialiserIsRefusedAndNeverCompiled() {
        // Only the check's problem: the compiler never saw the initialiser (it would have compiled it into Java).
        assertThat(problems("declare-initialiser"))
                .containsExactly(file("declare-initialiser") + "3: declare 'Marker': a declared type is a marker — no"
                        + " fields, initialisers, supertype or annotations (write 'declare Marker end')");
    }

    @Test
    void anAttributeExpressionIsRefused() {
        assertThat(problems("salience-expression"))
                .containsExactly(file("salience-expression") + "5: rule 'ranks-with-code': attribute 'salience"
                        + " (java.lang.Runtime.getRuntime().availableProcessors())' is not allowed; a rule may set"
                        + " salience (a whole number), no-loop, lock-on-active, auto-focus and enabled (true or false),"
                        + " and agenda-group, activation-group or ruleflow-group (a name)");
    }

    @Test
    void loopsAndAllocationsInAnActionAreNotActions() {
        assertThat(problems("endless-loop"))
                .containsExactly(file("endless-loop") + "8: rule 'spins': 'while (true) { }' is not an action a rule"
                        + " may take; " + ALLOWED);
        assertThat(problems("allocation"))
                .hasSize(2)
                .allSatisfy(p -> assertThat(p).contains("rule 'hoards': '", "' is not an action a rule may take"));
    }

    @Test
    void rulesThatSetEachOtherOffWithoutEndAreRefused() {
        assertThat(problems("feeds-itself"))
                .containsExactly(file("feeds-itself") + "5: rule 'marks-again' feeds on facts it makes: marks-again →"
                        + " marks-again; rules whose inserts (or deletes) set each other off in a cycle could fire"
                        + " without end (match a fact, or guard with not, so that the cycle ends)");
    }

    @Test
    void aDecisionTableCellGoesThroughTheSameCheck() {
        assertThat(problems("process-in-table"))
                .singleElement()
                .satisfies(p -> assertThat(p)
                        .startsWith("src/test/resources/packs/hostile/process-in-table/process-in-table/rules.csv!B2:")
                        .contains("is not a value"));
    }

    @Test
    void importsFunctionsAndCallsIntoJavaAreRefusedAtTheirLines() {
        String file = "src/test/resources/packs/broken/unsafe-actions/unsafe/rules.drl:";
        assertThat(RuleCitationCheckTest.problems("unsafe-actions"))
                .containsExactly(
                        file + "3: 'import java.nio.file.Files': rules need no imports (the engine gives them the"
                                + " facts), and an import would let a rule reach into Java",
                        file + "5: function 'secret': a pack may not declare functions; " + ALLOWED,
                        file + "14: rule 'runs-a-process': 'Runtime.getRuntime().exec(new String[] {\"touch\","
                                + " \"/tmp/pwned\"})' is not an action a rule may take; " + ALLOWED,
                        file + "23: rule 'stops-the-service': 'System.exit(1)' is not an action a rule may take; "
                                + ALLOWED,
                        file + "29: rule 'reads-a-file-in-a-condition': in 'agencyType =="
                                + " Files.readString(java.nio.file.Path.of(\"/etc/hostname\"))', calls Files.readString(…)"
                                + " in a condition: a condition may only compare facts (and read fact(\"path\"))");
    }

    @Test
    void theShippedPacksAreWrittenInTheAllowedSubset() {
        // Loading refuses any pack that breaks the check, so the shipped rule set loading at all is the proof.
        assertThat(TestRules.shipped().packIds()).isNotEmpty();
    }
}
