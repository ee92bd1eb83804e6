package org.pledgescope.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The HTML page is self-contained, escapes every text of the pack, and shows each cell's verdict and reason. */
class HeatmapTest {
    private static final ScopeMap MAP = ScopeMap.build(
            ScopeMapTest.rules(),
            ScopeMapTest.PACK,
            new ScopeMap.Request(LocalDate.parse("2020-03-01"), LocalDate.parse("2020-03-01"), Map.of()));

    private static String render(MapFormat format) throws Exception {
        StringWriter out = new StringWriter();
        format.write(MAP, ScopeMapTest.rules(), new PrintWriter(out));
        return out.toString();
    }

    @Test
    void theHtmlPageNeedsNoNetworkAndNoScript() throws Exception {
        String html = render(MapFormat.HTML);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg").endsWith("</html>\n");
        assertThat(html).doesNotContain("<script", "<link", "src=", "url(", "@import");
        assertThat(html.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http://", "https://");
    }

    @Test
    void packTextIsEscaped() throws Exception {
        String html = render(MapFormat.HTML);
        // The clause text is: We pause <b>police</b> use of "face search" & more for one year.
        assertThat(html)
                .doesNotContain("<b>police</b>", "\"face search\"", " & more")
                .contains("&lt;b&gt;police&lt;/b&gt; use of &quot;face search&quot; &amp; more");
    }

    @Test
    void eachCellIsColouredByVerdictWithItsBecauseOnHover() throws Exception {
        String svg = render(MapFormat.SVG);
        assertThat(svg).startsWith("<?xml").contains("<svg xmlns=\"http://www.w3.org/2000/svg\"");
        // Police face comparison in use for a criminal investigation: COVERED, in red, with the clause on hover. Its
        // panel is folded with the other purposes whose cells read the same; the title names them, and counts the
        // worlds of every panel it stands for.
        assertThat(svg)
                .containsPattern("<g><title>activity=USE; purpose=CRIMINAL_INVESTIGATION, HUMAN_TRAFFICKING_VICTIMS, "
                        + "SURVEILLANCE, IMMIGRATION, IDENTITY_VERIFICATION, OTHER — agency.type=MUNICIPAL_POLICE, "
                        + "capability=FACE_COMPARISON \\(6 worlds\\)\\nCOVERED: The pledge restricts this use: [^<]*</title>"
                        + "<rect [^>]*fill=\"#c0392b\"/></g>");
        // 10 agency types × 4 capabilities in each of the 4 panels the 6 activities × 7 purposes fold into.
        assertThat(svg.split("<g><title>", -1)).hasSize(10 * 4 * 4 + 1);
    }
}
