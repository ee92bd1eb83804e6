package org.pledgescope.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pledgescope.TestRules;

/**
 * A region's {@code because} is its own: every world of a region rests on the same rules, so the sentence of one of
 * them speaks for all. Axon's pack is the case met: its limits on facial analysis and other image analysis cite the
 * clause that also states the term, and regions of those limits read "The use date … falls outside the pledge's term"
 * when uses outside the term shared them.
 */
class RegionBecauseTest {
    private static final ScopeMap MAP =
            ScopeMap.build(TestRules.shipped(), "axon-body-camera-face-matching", ScopeMap.Request.everything());

    @Test
    void everyWorldOfARegionRestsOnTheRegionsRules() {
        Grid grid = MAP.grid();
        for (int i = 0; i < MAP.boxes().size(); i++) {
            Regions.Box box = MAP.boxes().get(i);
            ScopeMap.RegionView region = MAP.regions().get(i);
            for (int w = 0; w < grid.cells(); w++) {
                if (box.contains(grid.coordinates(w))) {
                    assertThat(grid.answer(w).rules())
                            .as("rules of a world of region %d (%s)", region.id(), region.because())
                            .isEqualTo(region.rules());
                }
            }
        }
    }

    @Test
    void aLimitCitingTheTermsClauseIsNotExplainedAsAUseOutsideTheTerm() {
        List<ScopeMap.RegionView> limits = MAP.regions().stream()
                .filter(r -> r.rules().equals(List.of("facial-analysis-is-not-face-matching"))
                        || r.rules().equals(List.of("other-image-analysis-is-not-face-matching")))
                .toList();
        assertThat(limits).hasSize(2).allSatisfy(r -> {
            // Uses inside the term only: those before it are another region, with a reason of their own.
            assertThat(r.where().get("useDate")).containsExactly("used on or after 2019-06-27 (axon-2019-06-27)");
            assertThat(r.because())
                    .startsWith("The pledge as known on ")
                    .contains("does not reach this use")
                    .doesNotContain("falls outside the pledge's term");
        });
        assertThat(MAP.regions().stream().filter(r -> r.rules().equals(List.of("term-in-force"))))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.where().get("useDate")).containsExactly("used before 2019-06-27 (axon-2019-06-27)");
                    assertThat(r.because()).contains("falls outside the pledge's term");
                });
    }
}
