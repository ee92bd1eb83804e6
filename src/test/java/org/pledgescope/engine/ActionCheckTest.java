package org.pledgescope.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pledgescope.engine.RuleCitationCheckTest.problems;

import org.junit.jupiter.api.Test;

/**
 * A pack is code the service runs: its rules may only report through outcome and change facts. Imports,
 * functions and calls into Java are refused at load, read from Drools' parsed rules — nothing half-loaded runs.
 */
class ActionCheckTest {
    private static final String FILE = "src/test/resources/packs/broken/unsafe-actions/unsafe/rules.drl:";

    @Test
    void importsFunctionsAndCallsIntoJavaAreRefusedAtTheirLines() {
        assertThat(problems("unsafe-actions"))
                .containsExactly(
                        FILE
                                + "3: 'import java.nio.file.Files': rules need no imports (the engine gives them the facts), and an "
                                + "import would let a rule reach into Java",
                        FILE + "5: function 'secret': a pack may not declare functions; a rule action may only call "
                                + "outcome.inScope/prohibits/exempts/open/limits and insert, update or delete facts",
                        FILE
                                + "9: rule 'runs-a-process' calls Runtime.getRuntime().exec(…): a rule action may only call "
                                + "outcome.inScope/prohibits/exempts/open/limits and insert, update or delete facts",
                        FILE + "9: rule 'runs-a-process' calls Runtime.getRuntime(…): a rule action may only call "
                                + "outcome.inScope/prohibits/exempts/open/limits and insert, update or delete facts",
                        FILE + "18: rule 'stops-the-service' calls System.exit(…): a rule action may only call "
                                + "outcome.inScope/prohibits/exempts/open/limits and insert, update or delete facts",
                        FILE
                                + "26: rule 'reads-a-file-in-a-condition' calls Files.readString(…) in a condition: a condition may "
                                + "only compare facts (and read fact(\"path\"))",
                        FILE
                                + "26: rule 'reads-a-file-in-a-condition' calls java.nio.file.Path.of(…) in a condition: a "
                                + "condition may only compare facts (and read fact(\"path\"))");
    }

    @Test
    void theShippedPacksDoOnlyWhatRulesMay() {
        // Loading refuses any pack that breaks the check, so the shipped rule set loading at all is the proof.
        assertThat(org.pledgescope.TestRules.shipped().packIds()).isNotEmpty();
    }
}
