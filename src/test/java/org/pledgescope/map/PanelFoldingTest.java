package org.pledgescope.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pledgescope.TestRules;
import org.pledgescope.evaluation.RuleSet;

/**
 * A heatmap's rows and columns are any two facts of the map (the pack's own included), and panels that show the same
 * cells are folded into one, labelled with every value it stands for. Fixture: packs/desk/body-cams, whose verdict
 * turns on capability, product and whether the activity is development, never on purpose.
 */
class PanelFoldingTest {
    private static final RuleSet RULES = TestRules.load(TestRules.packs("desk"));
    private static final ScopeMap MAP = ScopeMap.build(
            RULES,
            "body-cams",
            new ScopeMap.Request(LocalDate.parse("2020-01-01"), LocalDate.parse("2020-01-01"), Map.of()));

    private static String svg(HeatmapAxes axes) throws Exception {
        StringWriter out = new StringWriter();
        MapFormat.SVG.write(MAP, RULES, axes, new PrintWriter(out));
        return out.toString();
    }

    private static int count(String text, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void panelsShowingTheSameCellsAreFoldedIntoOneLabelledWithEveryValueItStandsFor() throws Exception {
        String svg = svg(new HeatmapAxes("cam.product", "capability"));
        // 6 activities × 7 purposes: development, and everything else; purpose never matters.
        assertThat(svg).contains("panels: activity × purpose, 42 folded into 2 where they show the same cells.");
        assertThat(svg)
                .contains("<title>activity=SALE, RENEWAL, PILOT, USE, SUPPORT; purpose=any</title>")
                .contains("<title>activity=DEVELOPMENT; purpose=any</title>");
        // 2 panels of 2 products × 4 capabilities.
        assertThat(count(svg, "<g><title>")).isEqualTo(2 * 2 * 4);
        // A folded cell counts the worlds of every panel it stands for: 5 activities × 7 purposes × 10 agency types.
        assertThat(svg)
                .contains(
                        "<g><title>activity=SALE, RENEWAL, PILOT, USE, SUPPORT; purpose=any — cam.product=BODY_CAMERA,"
                                + " capability=FACE_COMPARISON (350 worlds)\nCOVERED: ");
    }

    @Test
    void panelsWhoseCellsDifferAreNotFoldedAndAFoldedBoxOfValuesIsNamedAsOne() throws Exception {
        // Activity × capability on the panels: face comparison outside development, face comparison in development,
        // and the other capabilities in any activity read differently; the rest fold into those three.
        String svg = svg(new HeatmapAxes("purpose", "agency.type"));
        assertThat(svg).contains("panels: activity × capability, 24 folded into 3 where they show the same cells.");
        assertThat(svg)
                .contains("<title>activity=SALE, RENEWAL, PILOT, USE, SUPPORT; capability=FACE_COMPARISON</title>")
                .contains("<title>activity=DEVELOPMENT, capability=FACE_COMPARISON</title>")
                .contains(
                        "<title>activity=any; capability=FACE_DETECTION, FACE_ANALYSIS, OTHER_IMAGE_ANALYSIS</title>");
        assertThat(count(svg, "<g><title>")).isEqualTo(3 * 7 * 10);
    }

    @Test
    void theRowsAndColumnsAreTheFactsChosenWithTheirValuesAsLabels() throws Exception {
        String svg = svg(new HeatmapAxes("cam.product", "activity"));
        assertThat(svg).contains("Rows: cam.product; columns: activity (S = SALE, R = RENEWAL");
        assertThat(svg).contains(">BODY_CAMERA<title>cam.product: BODY_CAMERA</title></text>");
        assertThat(svg).doesNotContain("MUNICIPAL_POLICE<title>");
        // The default stays agency type × capability.
        assertThat(svg(HeatmapAxes.DEFAULT)).contains("Rows: agency.type; columns: capability");
    }

    @Test
    void aFactTheMapDoesNotHaveIsRefusedWithTheFactsItHas() {
        assertThatThrownBy(() -> svg(new HeatmapAxes("product", null)))
                .isInstanceOf(MapException.class)
                .hasMessage(
                        "'product' is not a fact of body-cams's map (did you mean 'cam.product'?); facts: [agency.type,"
                                + " agency.country, activity, capability, purpose, contract.signedOn, cam.product]")
                .extracting(e -> ((MapException) e).field())
                .isEqualTo("rows");
    }
}
