package org.pledgescope.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pledgescope.diagnostics.Problems;
import org.pledgescope.pack.Pack;
import org.pledgescope.pack.PackLoader;
import org.pledgescope.pack.RulesLocation;
import org.pledgescope.pack.SourceFile;

/**
 * An action made only of plain statements ({@code outcome.prohibits($agency);}, {@code insert(outcome.inScope(…));},
 * {@code insert(new Declared());}) is accepted without JavaParser, which a one-shot run need not load; anything else
 * goes to JavaParser. The shortcut never accepts what JavaParser would refuse.
 */
class PlainActionTest {
    private static RuleDescriptions.ParsedRule rule(String action) {
        String drl = """
                package pledgescope.t;
                declare Declared end
                rule "r" @clause("s#c")
                when
                    String()
                then
                %s
                end
                """.formatted(action);
        return RuleDescriptions.parse(List.of(new SourceFile("t.drl", "t.drl", drl)))
                .rules()
                .get(0);
    }

    private static boolean javaParserAccepts(RuleDescriptions.ParsedRule rule) {
        Problems problems = new Problems();
        return ActionCheck.parsedAction(rule, problems) && problems.isEmpty();
    }

    @Test
    void theActionsTablesWriteAndTheShippedPacksUseArePlain() {
        for (String action : List.of(
                "outcome.prohibits($agency, $capability, $place, $purpose);",
                "insert(outcome.inScope(Aspect.PURPOSE));",
                "outcome.open();",
                "outcome.limits();",
                "insert(new Declared());",
                "outcome.exempts(\"a reading\");\n    delete($fact);",
                "")) {
            assertPlainAndReadByJavaParser(action);
        }
        List<Pack> shipped =
                new PackLoader().load(RulesLocation.resolve(Path.of("rules"))).packs();
        for (Pack pack : shipped) {
            for (RuleDescriptions.ParsedRule rule : RuleDescriptions.parse(
                            pack.ruleFiles().stream().filter(f -> !f.table()).toList())
                    .rules()) {
                assertThat(ActionCheck.plain(rule))
                        .as(pack.id() + " " + rule.name())
                        .isTrue();
            }
        }
    }

    private static void assertPlainAndReadByJavaParser(String action) {
        RuleDescriptions.ParsedRule rule = rule(action);
        assertThat(ActionCheck.plain(rule)).as(action).isTrue();
        assertThat(javaParserAccepts(rule)).as(action).isTrue();
    }

    @Test
    void anythingElseGoesToJavaParser() {
        for (String action : List.of(
                "System.exit(0);",
                "outcome.prohibits(); System.exit(0);",
                "insert(new String());",
                "insert(new java.io.File(\"x\"));",
                "outcome.open(\"\\u0022); System.exit(0); //\");",
                "outcome.open(); // System.exit(0);",
                "outcome.open(); /* x */",
                "outcome.open($agency.toString());",
                "outcome.unknownCall();",
                "modify($fact) { setX(1) }",
                "$fact.setX(1);",
                "outcome.open()")) {
            assertThat(ActionCheck.plain(rule(action))).as(action).isFalse();
        }
    }

    @Test
    void whatTheShortcutAcceptsJavaParserAcceptsToo() {
        for (String action : List.of(
                "outcome.open(System.out);",
                "outcome.open(kcontext);",
                "insert($x);",
                "retract($x);",
                "update($x);",
                "insertLogical(outcome.inScope(Aspect.AGENCY));",
                "outcome.open(\"a; b) c\");")) {
            assertPlainAndReadByJavaParser(action);
        }
    }
}
