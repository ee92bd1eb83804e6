package org.pledgescope.pack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pledgescope.TestRules;
import org.pledgescope.diagnostics.Problem;

/**
 * A term starting a month or more after its statement was published is accepted, with a warning at the term's line
 * (a year or month typed wrong would otherwise move every use date's verdict silently); a term starting the day of
 * its statement raises none.
 */
class LateTermWarningTest {

    private static Pack pack(String fixture) {
        return new PackLoader()
                .load(RulesLocation.resolve(TestRules.packs("teaching/" + fixture)))
                .packs()
                .get(0);
    }

    @Test
    void aTermStartingAMonthAfterItsStatementLoadsWithAWarning() {
        assertThat(pack("term-starts-late").warnings())
                .extracting(Problem::toString)
                .containsExactly("src/test/resources/packs/teaching/term-starts-late/body-cams/pack.yaml:19: the term"
                        + " starts 2019-08-01, 1 month after its statement was published (2019-06-27): check the date (a"
                        + " term usually starts the day its statement is published)");
    }

    @Test
    void aTermStartingWithItsStatementRaisesNoWarning() {
        assertThat(pack("valid").warnings()).isEmpty();
    }
}
