package org.pledgescope.map;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pledgescope.evaluation.QuerySpace;
import org.pledgescope.verdict.Verdict;

/**
 * The map as a picture: a heatmap of agency type × capability, one panel per activity and purpose, each cell
 * coloured by the verdict of its worlds (striped by share when the other axes split it), its {@code because} on
 * hover. SVG for documents; HTML is one self-contained page (no script, no network) around the same SVG.
 * Every text from a pack is escaped.
 */
final class Heatmap {
    private static final int CELL_W = 26;
    private static final int CELL_H = 16;
    private static final int LABEL_W = 190;
    private static final int GAP = 14;
    private static final int PANEL_TITLE = 14;
    private static final int COL_HEADER = 14;
    private static final int TOP = 92;
    private static final Map<Verdict, String> COLOURS = new EnumMap<>(
            Map.of(Verdict.COVERED, "#c0392b", Verdict.NOT_COVERED, "#2e8b57", Verdict.UNDETERMINED, "#e0a800"));

    private final ScopeMap map;
    private final Grid grid;
    private final int row;
    private final int col;
    private final int panelRow;
    private final int panelCol;
    /** Per panel row, panel col, row, col (positions in the selection): answer id → worlds. */
    private final Map<List<Integer>, Map<Integer, Integer>> cells = new LinkedHashMap<>();

    private Heatmap(ScopeMap map) {
        this.map = map;
        this.grid = map.grid();
        this.row = axis("agency.type", 2);
        this.col = axis("capability", 3);
        this.panelRow = axis("activity", 4);
        this.panelCol = axis("purpose", 5);
        // Each cell of the grid stands for every class of its groups: spread it over the drawn axes' classes, and
        // count it once per class of the axes not drawn.
        for (int w = 0; w < grid.cells(); w++) {
            int[] g = grid.coordinates(w);
            long hidden = 1;
            for (int a = 0; a < g.length; a++) {
                if (a != row && a != col && a != panelRow && a != panelCol) {
                    hidden *= grid.groupSize(a, g[a]);
                }
            }
            int answer = grid.answerId(w);
            for (int pr : positions(panelRow, g)) {
                for (int pc : positions(panelCol, g)) {
                    for (int r : positions(row, g)) {
                        for (int c : positions(col, g)) {
                            cells.computeIfAbsent(List.of(pr, pc, r, c), k -> new TreeMap<>())
                                    .merge(answer, (int) hidden, Integer::sum);
                        }
                    }
                }
            }
        }
    }

    /** The positions (in the selection) of the classes of axis {@code axis} in the group cell {@code g} has there. */
    private List<Integer> positions(int axis, int[] g) {
        if (axis < 0) {
            return List.of(0);
        }
        List<Integer> out = new ArrayList<>();
        int[] sel = grid.selected()[axis];
        for (int p = 0; p < sel.length; p++) {
            if (grid.groupOf(axis, sel[p]) == g[axis]) {
                out.add(p);
            }
        }
        return out;
    }

    /** The axis of {@code field}, else the fact axis at {@code fallback} if there is one, else -1 (one class). */
    private int axis(String field, int fallback) {
        for (int a = 2; a < grid.axes().size(); a++) {
            if (grid.axes().get(a).field().equals(field)) {
                return a;
            }
        }
        return fallback < grid.axes().size() && !used(fallback) ? fallback : -1;
    }

    private boolean used(int a) {
        String f = grid.axes().get(a).field();
        return f.equals("agency.type") || f.equals("capability") || f.equals("activity") || f.equals("purpose");
    }

    private List<String> labels(int axis) {
        List<String> out = new ArrayList<>();
        if (axis < 0) {
            out.add("");
            return out;
        }
        QuerySpace.Axis ax = grid.axes().get(axis);
        for (int i : grid.selected()[axis]) {
            out.add(ax.classes().get(i).label());
        }
        return out;
    }

    private String name(int axis) {
        return axis < 0 ? "" : Grid.fieldName(grid.axes().get(axis));
    }

    static void svg(ScopeMap map, PrintWriter out) {
        new Heatmap(map).writeSvg(out, true);
        out.flush();
    }

    static void html(ScopeMap map, PrintWriter out) {
        Heatmap h = new Heatmap(map);
        out.println("<!DOCTYPE html>");
        out.println("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        out.println("<title>Scope map of " + esc(map.pledge()) + "</title>");
        out.println("<style>body{font-family:system-ui,sans-serif;margin:1.5em;color:#222}"
                + "table{border-collapse:collapse;font-size:13px}td,th{border:1px solid #ccc;padding:3px 6px;"
                + "vertical-align:top;text-align:left}.COVERED{color:#c0392b}.NOT_COVERED{color:#2e8b57}"
                + ".UNDETERMINED{color:#a07800}svg text{font-family:system-ui,sans-serif}</style></head><body>");
        out.println("<h1>Scope map of " + esc(map.pledge()) + "</h1>");
        out.println("<p>Rule set " + esc(map.rulesetRevision()) + ". " + String.format("%,d", map.worlds())
                + " fully known worlds in " + map.size() + " regions"
                + (map.exhaustive() ? ": every world of the space is in exactly one region." : ".")
                + " Hover over a cell for its verdict "
                + "and why.</p>");
        if (!map.fixed().isEmpty()) {
            out.println("<p>Fixed: " + esc(map.fixed().toString()) + "</p>");
        }
        h.writeSvg(out, false);
        out.println("<h2>Regions</h2><table><tr><th>#</th><th>verdict</th><th>worlds</th><th>where</th>"
                + "<th>open questions</th><th>clauses</th><th>because</th></tr>");
        for (ScopeMap.RegionView r : map.regions()) {
            out.println("<tr><td>" + r.id() + "</td><td class=\"" + r.verdict() + "\">" + r.verdict() + "</td><td>"
                    + r.worlds() + "</td><td>" + esc(MapText.describe(r.where())) + "</td><td>"
                    + esc(String.join(", ", r.openQuestions())) + "</td><td>" + esc(String.join(", ", r.clauses()))
                    + "</td><td>" + esc(r.because()) + "</td></tr>");
        }
        out.println("</table></body></html>");
        out.flush();
    }

    private void writeSvg(PrintWriter out, boolean standalone) {
        List<String> rows = labels(row);
        List<String> cols = labels(col);
        List<String> prs = labels(panelRow);
        List<String> pcs = labels(panelCol);
        int panelW = cols.size() * CELL_W + GAP;
        int panelH = PANEL_TITLE + COL_HEADER + rows.size() * CELL_H + GAP;
        int width = LABEL_W + pcs.size() * panelW + 10;
        int height = TOP + prs.size() * panelH + 10;
        out.println((standalone ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" : "")
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\""
                + width + "\" height=\"" + height + "\" viewBox=\"0 0 " + width + " " + height
                + "\" font-family=\"sans-serif\" font-size=\"10\">");
        out.println("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>");
        out.println("<text x=\"4\" y=\"16\" font-size=\"14\" font-weight=\"bold\">"
                + esc("Scope map of " + map.pledge() + (map.fixed().isEmpty() ? "" : " — " + map.fixed())) + "</text>");
        out.println("<text x=\"4\" y=\"31\">"
                + esc(String.format("%,d", map.worlds()) + " worlds in " + map.size()
                        + " regions, all of them. Hover a cell for its verdict and why.")
                + "</text>");
        out.println("<text x=\"4\" y=\"45\" font-size=\"9\">"
                + esc("Rows: " + name(row) + "; columns: " + name(col) + " (" + abbreviations(cols) + "); panels: "
                        + name(panelRow) + " × " + name(panelCol) + ".")
                + "</text>");
        int lx = 4;
        for (Verdict v : Verdict.values()) {
            out.println("<rect x=\"" + lx + "\" y=\"53\" width=\"12\" height=\"12\" fill=\"" + COLOURS.get(v) + "\"/>"
                    + "<text x=\"" + (lx + 16) + "\" y=\"63\">" + v + "</text>");
            lx += 110;
        }
        out.println("<text x=\"" + lx + "\" y=\"63\">"
                + esc("striped: the cell's other facts (" + otherAxes() + ") split it") + "</text>");
        for (int pc = 0; pc < pcs.size(); pc++) {
            out.println("<text x=\"" + (LABEL_W + pc * panelW) + "\" y=\"" + (TOP - 6)
                    + "\" font-weight=\"bold\" font-size=\"9\">" + esc(shorten(pcs.get(pc), 20)) + "<title>"
                    + esc(name(panelCol) + ": " + pcs.get(pc)) + "</title></text>");
        }
        for (int pr = 0; pr < prs.size(); pr++) {
            int y0 = TOP + pr * panelH;
            out.println("<text x=\"4\" y=\"" + (y0 + PANEL_TITLE - 3) + "\" font-weight=\"bold\">"
                    + esc(name(panelRow) + ": " + prs.get(pr)) + "</text>");
            for (int r = 0; r < rows.size(); r++) {
                out.println("<text x=\"4\" y=\"" + (y0 + PANEL_TITLE + COL_HEADER + r * CELL_H + 12) + "\">"
                        + esc(shorten(rows.get(r), 32)) + "</text>");
            }
            for (int pc = 0; pc < pcs.size(); pc++) {
                int x0 = LABEL_W + pc * panelW;
                for (int c = 0; c < cols.size(); c++) {
                    out.println("<text x=\"" + (x0 + c * CELL_W + 3) + "\" y=\"" + (y0 + PANEL_TITLE + COL_HEADER - 3)
                            + "\" font-size=\"8\">" + esc(abbreviate(cols.get(c))) + "</text>");
                }
                for (int r = 0; r < rows.size(); r++) {
                    for (int c = 0; c < cols.size(); c++) {
                        cell(
                                out,
                                cells.getOrDefault(List.of(pr, pc, r, c), Map.of()),
                                x0 + c * CELL_W,
                                y0 + PANEL_TITLE + COL_HEADER + r * CELL_H,
                                name(panelRow) + "=" + prs.get(pr) + ", " + name(panelCol) + "=" + pcs.get(pc) + ", "
                                        + name(row) + "=" + rows.get(r) + ", " + name(col) + "=" + cols.get(c));
                    }
                }
            }
        }
        out.println("</svg>");
    }

    private void cell(PrintWriter out, Map<Integer, Integer> answers, int x, int y, String where) {
        Map<Verdict, Integer> byVerdict = new EnumMap<>(Verdict.class);
        int total = 0;
        for (Map.Entry<Integer, Integer> e : answers.entrySet()) {
            byVerdict.merge(grid.answers().get(e.getKey()).verdict(), e.getValue(), Integer::sum);
            total += e.getValue();
        }
        StringBuilder title =
                new StringBuilder(where).append(" (").append(total).append(total == 1 ? " world)" : " worlds)");
        Map<String, Integer> reasons = new LinkedHashMap<>();
        answers.forEach((id, n) -> {
            WorldAnswer a = grid.answers().get(id);
            reasons.merge(a.verdict() + ": " + a.because(), n, Integer::sum);
        });
        reasons.forEach((text, n) -> title.append("\n")
                .append(byVerdict.size() == 1 && reasons.size() == 1 ? "" : n + " × ")
                .append(text));
        out.print("<g><title>" + esc(title.toString()) + "</title>");
        int offset = 0;
        int w = CELL_W - 2;
        for (Map.Entry<Verdict, Integer> e : byVerdict.entrySet()) {
            int width = (int) Math.round((double) w * e.getValue() / total);
            if (offset + width > w || e.getKey() == lastKey(byVerdict)) {
                width = w - offset;
            }
            out.print("<rect x=\"" + (x + offset) + "\" y=\"" + y + "\" width=\"" + width + "\" height=\""
                    + (CELL_H - 2) + "\" fill=\"" + COLOURS.get(e.getKey()) + "\"/>");
            offset += width;
        }
        out.println("</g>");
    }

    private static Verdict lastKey(Map<Verdict, Integer> m) {
        Verdict last = null;
        for (Verdict v : m.keySet()) {
            last = v;
        }
        return last;
    }

    private String otherAxes() {
        List<String> out = new ArrayList<>();
        for (int a = 0; a < grid.axes().size(); a++) {
            if (a != row && a != col && a != panelRow && a != panelCol && grid.selected()[a].length > 1) {
                out.add(Grid.fieldName(grid.axes().get(a)));
            }
        }
        return out.isEmpty() ? "none here" : String.join(", ", out);
    }

    private static String abbreviations(List<String> labels) {
        List<String> out = new ArrayList<>();
        labels.forEach(l -> out.add(abbreviate(l) + " = " + l));
        return String.join(", ", out);
    }

    /** FACE_COMPARISON → FC. */
    static String abbreviate(String label) {
        StringBuilder sb = new StringBuilder();
        for (String part : label.split("[_\\s]+")) {
            if (!part.isEmpty()) {
                sb.append(part.charAt(0));
            }
        }
        return sb.length() > 4 ? sb.substring(0, 4) : sb.toString();
    }

    private static String shorten(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

    /** Escapes text for XML and HTML content and attributes. */
    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        sb.append(' ');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
