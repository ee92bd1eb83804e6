package org.pledgescope.map;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The map as plain text (one block per region) and as CSV (one row per region). */
final class MapText {
    private MapText() {}

    static void text(ScopeMap map, PrintWriter out) {
        out.println("Scope map of " + map.pledge() + " (rule set " + map.rulesetRevision() + ")");
        if (!map.fixed().isEmpty()) {
            out.println("Fixed: "
                    + map.fixed().entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining(", ")));
        }
        out.println("Space: "
                + map.axes().stream()
                        .map(a -> a.field() + " " + a.classes().size())
                        .collect(Collectors.joining(" × ")) + " = " + String.format("%,d", map.worlds()) + " worlds");
        out.println(String.format("%,d", map.worlds()) + " worlds in " + map.size() + " regions"
                + (map.exhaustive() ? ": every world of the space is in exactly one region." : ": NOT EXHAUSTIVE."));
        out.println("Verdicts: "
                + map.verdicts().entrySet().stream()
                        .map(e -> e.getKey() + " " + String.format("%,d", e.getValue()) + " worlds")
                        .collect(Collectors.joining(", ")));
        out.println();
        out.println("Classes:");
        for (ScopeMap.AxisView a : map.axes()) {
            out.println("  " + a.field() + ": " + String.join(" | ", a.classes()));
        }
        for (ScopeMap.RegionView r : map.regions()) {
            out.println();
            out.println("Region " + r.id() + "  " + r.verdict() + "  " + String.format("%,d", r.worlds()) + " worlds");
            if (r.where().isEmpty()) {
                out.println("  everywhere");
            }
            r.where().forEach((field, classes) -> out.println("  " + field + ": " + String.join(", ", classes)));
            if (!r.openQuestions().isEmpty()) {
                out.println("  open questions: " + String.join(", ", r.openQuestions()));
            }
            if (!r.presumed().isEmpty()) {
                out.println("  presumed: "
                        + r.presumed().entrySet().stream()
                                .map(e -> e.getKey() + " = " + e.getValue())
                                .collect(Collectors.joining(", ")));
            }
            out.println("  clauses: " + (r.clauses().isEmpty() ? "none" : String.join(", ", r.clauses())));
            out.println("  because: " + r.because());
        }
        out.flush();
    }

    static void csv(ScopeMap map, PrintWriter out) {
        List<String> fields = map.axes().stream().map(ScopeMap.AxisView::field).toList();
        out.println("region,verdict,worlds,openQuestions,presumed,clauses," + String.join(",", fields) + ",because");
        for (ScopeMap.RegionView r : map.regions()) {
            StringBuilder row = new StringBuilder()
                    .append(r.id())
                    .append(',')
                    .append(r.verdict())
                    .append(',')
                    .append(r.worlds())
                    .append(',')
                    .append(cell(String.join("|", r.openQuestions())))
                    .append(',')
                    .append(cell(r.presumed().entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining("|"))))
                    .append(',')
                    .append(cell(String.join("|", r.clauses())));
            for (String f : fields) {
                List<String> classes = r.where().get(f);
                row.append(',').append(cell(classes == null ? "*" : String.join("|", classes)));
            }
            row.append(',').append(cell(r.because()));
            out.println(row);
        }
        out.flush();
    }

    /** A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. */
    static String cell(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    static String describe(Map<String, List<String>> where) {
        return where.isEmpty()
                ? "everywhere"
                : where.entrySet().stream()
                        .map(e -> e.getKey() + " ∈ {" + String.join(", ", e.getValue()) + "}")
                        .collect(Collectors.joining("; "));
    }
}
