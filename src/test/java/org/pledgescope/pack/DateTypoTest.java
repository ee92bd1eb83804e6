package org.pledgescope.pack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pledgescope.TestRules;

/**
 * A date in pack.yaml that names no day is one problem saying why: a day its month does not have (the text is in the
 * ISO form), or a date written day first, with its ISO form. A term whose date does not read is that one problem, not
 * also "the first statement must set the pledge's term".
 */
class DateTypoTest {

    private static java.util.List<String> problems(String fixture) {
        return PackYamlErrorsTest.catchProblems(
                () -> new PackLoader().load(RulesLocation.resolve(TestRules.packs("teaching/" + fixture))));
    }

    @Test
    void aDayTheMonthDoesNotHaveSaysSo() {
        assertThat(problems("day-does-not-exist"))
                .containsExactly(
                        "src/test/resources/packs/teaching/day-does-not-exist/body-cams/pack.yaml:18: 'published'"
                                + " in a statement: '2019-06-31' is not a day: June 2019 has 30 days");
    }

    @Test
    void aDateWrittenDayFirstInATermIsOneProblemWithItsIsoForm() {
        assertThat(problems("date-day-first"))
                .containsExactly("src/test/resources/packs/teaching/date-day-first/body-cams/pack.yaml:19: 'from' in a"
                        + " term: '27/06/2019' is not an ISO date (YYYY-MM-DD, year first): written day first; in ISO form"
                        + " it is 2019-06-27");
    }
}
