package org.pledgescope.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pledgescope.engine.RuleCitationCheckTest.problems;

import org.junit.jupiter.api.Test;

/** DRL that does not compile, or puts a date in a rule, is reported as file:line: message. */
class DrlCompileErrorTest {

    @Test
    void aSyntaxErrorNamesTheFileAndLine() {
        assertThat(problems("drl-error"))
                .singleElement()
                .asString()
                .startsWith("src/test/resources/packs/broken/drl-error/minimal/rules.drl:12: ")
                .contains("mismatched input 'then'");
    }

    @Test
    void aDateInDrlIsRejectedBecauseDatesLiveInPackYaml() {
        assertThat(problems("date-in-drl"))
                .singleElement()
                .asString()
                .startsWith("src/test/resources/packs/broken/date-in-drl/minimal/rules.drl:11: a date in DRL");
    }
}
