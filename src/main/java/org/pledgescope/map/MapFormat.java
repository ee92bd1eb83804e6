package org.pledgescope.map;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import org.pledgescope.evaluation.RuleSet;
import org.pledgescope.json.Json;

/** The ways a map is written: text, CSV, JSON, a self-contained HTML page, an SVG picture. */
public enum MapFormat {
    TEXT,
    CSV,
    JSON,
    HTML,
    SVG;

    /** Whether the format draws a heatmap, whose rows and columns {@link HeatmapAxes} chooses. */
    public boolean drawsHeatmap() {
        return this == HTML || this == SVG;
    }

    /** The format named {@code name} (any case), or null. */
    public static MapFormat parse(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public void write(ScopeMap map, RuleSet rules, PrintWriter out) throws IOException {
        write(map, rules, HeatmapAxes.DEFAULT, out);
    }

    /** As {@link #write(ScopeMap, RuleSet, PrintWriter)}, a heatmap (HTML, SVG) with the facts {@code axes} chooses. */
    public void write(ScopeMap map, RuleSet rules, HeatmapAxes axes, PrintWriter out) throws IOException {
        switch (this) {
            case TEXT -> MapText.text(map, out);
            case CSV -> MapText.csv(map, out);
            case JSON -> {
                out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(map));
                out.flush();
            }
            case HTML -> Heatmap.html(map, axes, out);
            case SVG -> Heatmap.svg(map, axes, out);
        }
    }
}
