package org.pledgescope.map;

import java.util.List;
import org.pledgescope.diagnostics.DidYouMean;

/**
 * The facts a heatmap puts on its rows and columns ({@code map --rows FACT --cols FACT}); null for the default
 * (agency type × capability, or the first facts of the map when it has none of them). The panels are the next two
 * facts of activity, purpose, agency type, capability and then the map's others.
 */
public record HeatmapAxes(String rows, String cols) {
    /** Agency type × capability. */
    public static final HeatmapAxes DEFAULT = new HeatmapAxes(null, null);

    static final String DEFAULT_ROWS = "agency.type";
    static final String DEFAULT_COLS = "capability";
    /** The facts panels are drawn by, in order of preference, before the map's other facts. */
    static final List<String> PANEL_PREFERENCE = List.of("activity", "purpose", DEFAULT_ROWS, DEFAULT_COLS);

    /**
     * Checks the choice against the facts a map of {@code pack} has: each given fact must be one of them, and the two
     * must differ. The error names the option and lists the facts allowed.
     */
    void check(String pack, List<String> facts) {
        check("rows", rows, pack, facts);
        check("cols", cols, pack, facts);
        if (rows != null && rows.equals(cols)) {
            throw new MapException(
                    "cols", "'" + cols + "' is already the rows: choose another fact for the columns; facts: " + facts);
        }
    }

    private static void check(String option, String fact, String pack, List<String> facts) {
        if (fact != null && !facts.contains(fact)) {
            throw new MapException(
                    option,
                    "'" + fact + "' is not a fact of " + pack + "'s map" + DidYouMean.hint(fact, facts) + "; facts: "
                            + facts);
        }
    }
}
