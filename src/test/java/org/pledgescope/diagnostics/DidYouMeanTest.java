package org.pledgescope.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Did you mean …?" offers the closest names only, and nothing when no name is close (a wrong guess misleads). */
class DidYouMeanTest {
    private static final List<String> ACTIVITIES = List.of("SALE", "RENEWAL", "PILOT", "USE", "SUPPORT", "DEVELOPMENT");

    @Test
    void aSlipOfTheKeyboardAnotherSpellingAPathsLastPartOrAnIdsFirst() {
        assertThat(DidYouMean.hint("notes", List.of("rule", "note", "clause"))).isEqualTo(" (did you mean 'note'?)");
        assertThat(DidYouMean.hint("renewel", ACTIVITIES)).isEqualTo(" (did you mean 'RENEWAL'?)");
        assertThat(DidYouMean.hint("face_comparison", List.of("FACE_COMPARISON")))
                .isEqualTo(" (did you mean 'FACE_COMPARISON'?)");
        assertThat(DidYouMean.hint("product", List.of("capability", "cam.product")))
                .isEqualTo(" (did you mean 'cam.product'?)");
        assertThat(DidYouMean.hint("axon", List.of("amazon-x", "axon-body-cams")))
                .isEqualTo(" (did you mean 'axon-body-cams'?)");
    }

    @Test
    void tiesAreAllOfferedAndNothingFarIsGuessed() {
        assertThat(DidYouMean.among("agency", List.of("agency.type", "agency.country", "activity")))
                .containsExactly("agency.type", "agency.country");
        assertThat(DidYouMean.hint("BUY", ACTIVITIES)).isEmpty();
        assertThat(DidYouMean.hint("police-use", List.of("research"))).isEmpty();
    }
}
