package org.pledgescope.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pledgescope.TestRules;
import org.pledgescope.diagnostics.Problem;

/**
 * Several typos in one suite come in one run: a problem found reading the suite (an unknown key) does not hide those
 * found once the packs are loaded (a value, an open question's id), each with what it was probably meant to be.
 */
class SuiteTyposTest {
    private static final String FILE = "src/test/resources/scenarios/teaching/three-typos.yaml";

    @Test
    void everyTypoOfOneSuiteIsReportedAtOnce() {
        SuiteLoadException e = catchThrowableOfType(
                SuiteLoadException.class,
                () -> new SuiteLoader(Clock.systemUTC())
                        .load(List.of(Path.of(FILE)), TestRules.load(TestRules.packs("teaching/valid"))));

        assertThat(e.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        FILE + ":8: invalid query in scenario 'A misspelt value': capability: 'FACE_COMPARSION' is not"
                                + " one of [FACE_COMPARISON, FACE_DETECTION, FACE_ANALYSIS, OTHER_IMAGE_ANALYSIS] or a"
                                + " value set [faceFeatures, otherFaceFeatures] (did you mean 'FACE_COMPARISON'?)",
                        FILE + ":12: unknown key 'openQuestion' in expect (did you mean 'openQuestions'?); allowed:"
                                + " [assumed, clauses, missingFacts, openQuestions, presumed, verdict]",
                        FILE + ":15: unknown open question 'b-other-product' in expect.openQuestions (did you mean"
                                + " 'b-other-products'?); body-cams declares: [b-other-products]");
    }
}
