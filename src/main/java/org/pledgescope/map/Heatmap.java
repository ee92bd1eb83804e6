package org.pledgescope.map;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.pledgescope.evaluation.QuerySpace;
import org.pledgescope.verdict.Verdict;

/**
 * The map as a picture: a heatmap of two facts (agency type × capability unless {@link HeatmapAxes} chooses others),
 * one panel per value of two more (activity × purpose by default), each cell coloured by the verdict of its worlds
 * (striped by share when the other axes split it), its {@code because} on hover. Panels that show the same cells are
 * folded into one, labelled with every value it stands for. SVG for documents; HTML is one self-contained page (no
 * script, no network) around the same SVG. Every text from a pack is escaped.
 */
final class Heatmap {
    private static final int CELL_W = 26;
    private static final int CELL_H = 16;
    private static final int LABEL_W = 190;
    private static final int GAP = 16;
    private static final int MIN_PANEL_W = 170;
    private static final int MAX_WIDTH = 1240;
    private static final int TITLE_LINE = 11;
    private static final int COL_HEADER = 14;
    private static final int TOP = 84;
    /** About how many characters of a 9-pixel title fit in a pixel of width. */
    private static final double CHARS_PER_PIXEL = 1 / 5.2;

    private static final Map<Verdict, String> COLOURS = new EnumMap<>(
            Map.of(Verdict.COVERED, "#c0392b", Verdict.NOT_COVERED, "#2e8b57", Verdict.UNDETERMINED, "#e0a800"));

    private final ScopeMap map;
    private final Grid grid;
    private final int row;
    private final int col;
    private final int panelRow;
    private final int panelCol;
    private final List<Panel> panels;

    /**
     * One panel as drawn: the panels of the grid it stands for (positions of the panel row and column classes in the
     * selection, each showing the same cells) and, per row and column position, the worlds of each answer in one of
     * them.
     */
    private record Panel(List<int[]> members, Map<List<Integer>, Map<Integer, Long>> cells) {}

    private Heatmap(ScopeMap map, HeatmapAxes choice) {
        this.map = map;
        this.grid = map.grid();
        List<String> facts = facts(grid);
        choice.check(map.pledge(), facts);
        this.row = axis(
                choice.rows() != null
                        ? choice.rows()
                        : fallback(facts, choice.cols(), HeatmapAxes.DEFAULT_ROWS, HeatmapAxes.DEFAULT_COLS));
        this.col = axis(
                choice.cols() != null
                        ? choice.cols()
                        : fallback(facts, name(row), HeatmapAxes.DEFAULT_COLS, HeatmapAxes.DEFAULT_ROWS));
        List<Integer> rest = new ArrayList<>();
        for (String f : HeatmapAxes.PANEL_PREFERENCE) {
            addIfFree(rest, axis(f));
        }
        for (int a = 2; a < grid.axes().size(); a++) {
            addIfFree(rest, a);
        }
        this.panelRow = rest.size() > 0 ? rest.get(0) : -1;
        this.panelCol = rest.size() > 1 ? rest.get(1) : -1;
        this.panels = fold(cells());
    }

    private void addIfFree(List<Integer> out, int a) {
        if (a >= 0 && a != row && a != col && !out.contains(a)) {
            out.add(a);
        }
    }

    /** The facts of a grid (every axis but the two query dates), by field. */
    private static List<String> facts(Grid grid) {
        List<String> out = new ArrayList<>();
        for (int a = 2; a < grid.axes().size(); a++) {
            out.add(grid.axes().get(a).field());
        }
        return out;
    }

    /** The first of {@code preferred}, then of the map's facts, that the map has and is not {@code taken}; or null. */
    private static String fallback(List<String> facts, String taken, String... preferred) {
        List<String> candidates = new ArrayList<>(List.of(preferred));
        candidates.addAll(facts);
        return candidates.stream()
                .filter(f -> facts.contains(f) && !f.equals(taken))
                .findFirst()
                .orElse(null);
    }

    /** The axis of fact {@code field}, or -1 (one class) when the map has none. */
    private int axis(String field) {
        for (int a = 2; a < grid.axes().size(); a++) {
            if (grid.axes().get(a).field().equals(field)) {
                return a;
            }
        }
        return -1;
    }

    /**
     * Per panel row, panel col, row and col (positions in the selection): answer id → worlds. Each cell of the grid
     * stands for every class of its groups: spread over the drawn axes' classes, counted once per class of the others.
     */
    private Map<List<Integer>, Map<Integer, Long>> cells() {
        Map<List<Integer>, Map<Integer, Long>> cells = new LinkedHashMap<>();
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
                                    .merge(answer, hidden, Long::sum);
                        }
                    }
                }
            }
        }
        return cells;
    }

    /** The panels in order, those showing the same cells folded into the first of them. */
    private List<Panel> fold(Map<List<Integer>, Map<Integer, Long>> cells) {
        int rows = labels(row).size();
        int cols = labels(col).size();
        Map<List<Map<Integer, Long>>, Panel> bySight = new LinkedHashMap<>();
        for (int pr = 0; pr < labels(panelRow).size(); pr++) {
            for (int pc = 0; pc < labels(panelCol).size(); pc++) {
                List<Map<Integer, Long>> sight = new ArrayList<>();
                Map<List<Integer>, Map<Integer, Long>> own = new LinkedHashMap<>();
                for (int r = 0; r < rows; r++) {
                    for (int c = 0; c < cols; c++) {
                        Map<Integer, Long> cell = cells.getOrDefault(List.of(pr, pc, r, c), Map.of());
                        sight.add(cell);
                        own.put(List.of(r, c), cell);
                    }
                }
                Panel p = bySight.computeIfAbsent(sight, k -> new Panel(new ArrayList<>(), own));
                p.members().add(new int[] {pr, pc});
            }
        }
        return List.copyOf(bySight.values());
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

    /**
     * What a panel stands for, one part per box of values it holds: "activity=USE, purpose=OTHER" for one panel,
     * "activity=SALE, RENEWAL; purpose=any" for a box of folded ones; several boxes are joined by " or ".
     */
    private List<String> describe(Panel p) {
        List<String> prs = labels(panelRow);
        List<String> pcs = labels(panelCol);
        // The panel columns of each panel row it holds; panel rows holding the same columns form one box.
        Map<Integer, List<Integer>> colsOfRow = new TreeMap<>();
        for (int[] m : p.members()) {
            colsOfRow.computeIfAbsent(m[0], k -> new ArrayList<>()).add(m[1]);
        }
        Map<List<Integer>, List<Integer>> rowsOfCols = new LinkedHashMap<>();
        colsOfRow.forEach((r, cs) ->
                rowsOfCols.computeIfAbsent(cs, k -> new ArrayList<>()).add(r));
        boolean single = p.members().size() == 1;
        List<String> out = new ArrayList<>();
        rowsOfCols.forEach((cs, rs) -> {
            List<String> parts = new ArrayList<>();
            if (panelRow >= 0) {
                parts.add(name(panelRow) + "=" + values(prs, rs, single));
            }
            if (panelCol >= 0) {
                parts.add(name(panelCol) + "=" + values(pcs, cs, single));
            }
            out.add(String.join(single ? ", " : "; ", parts));
        });
        return out;
    }

    private static String values(List<String> labels, List<Integer> positions, boolean single) {
        if (!single && positions.size() == labels.size() && labels.size() > 1) {
            return "any";
        }
        return positions.stream().map(labels::get).collect(Collectors.joining(", "));
    }

    static void svg(ScopeMap map, HeatmapAxes axes, PrintWriter out) {
        new Heatmap(map, axes).writeSvg(out, true);
        out.flush();
    }

    static void html(ScopeMap map, HeatmapAxes axes, PrintWriter out) {
        Heatmap h = new Heatmap(map, axes);
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
                + "<th>open questions</th><th>presumed</th><th>clauses</th><th>because</th></tr>");
        for (ScopeMap.RegionView r : map.regions()) {
            out.println("<tr><td>" + r.id() + "</td><td class=\"" + r.verdict() + "\">" + r.verdict() + "</td><td>"
                    + r.worlds() + "</td><td>" + esc(MapText.describe(r.where())) + "</td><td>"
                    + esc(String.join(", ", r.openQuestions())) + "</td><td>"
                    + esc(r.presumed().entrySet().stream()
                            .map(e -> e.getKey() + " = " + e.getValue())
                            .collect(Collectors.joining(", ")))
                    + "</td><td>" + esc(String.join(", ", r.clauses())) + "</td><td>" + esc(r.because())
                    + "</td></tr>");
        }
        out.println("</table></body></html>");
        out.flush();
    }

    private void writeSvg(PrintWriter out, boolean standalone) {
        List<String> rows = labels(row);
        List<String> cols = labels(col);
        int panelW = Math.max(cols.size() * CELL_W, MIN_PANEL_W) + GAP;
        int perLine = Math.max(1, Math.min(panels.size(), (MAX_WIDTH - LABEL_W) / panelW));
        int titleChars = (int) ((panelW - GAP) * CHARS_PER_PIXEL);
        List<List<String>> titles = new ArrayList<>();
        for (Panel p : panels) {
            titles.add(wrap(String.join(" or ", describe(p)), titleChars));
        }
        // Each line of panels is as tall as its longest title, its column header and its rows.
        List<Integer> lineTops = new ArrayList<>();
        int y = TOP;
        for (int first = 0; first < panels.size(); first += perLine) {
            lineTops.add(y);
            int lines = 1;
            for (int i = first; i < Math.min(panels.size(), first + perLine); i++) {
                lines = Math.max(lines, titles.get(i).size());
            }
            y += lines * TITLE_LINE + 4 + COL_HEADER + rows.size() * CELL_H + GAP;
        }
        String heading = "Scope map of " + map.pledge() + (map.fixed().isEmpty() ? "" : " — " + map.fixed());
        int unfolded = labels(panelRow).size() * labels(panelCol).size();
        String axesLine = "Rows: " + name(row) + "; columns: " + name(col) + " (" + abbreviations(cols) + "); panels: "
                + panelNames()
                + (panels.size() < unfolded
                        ? ", " + unfolded + " folded into " + panels.size() + " where they show the same cells."
                        : ".");
        // Wide enough for the panels and for the heading lines (about 8.5 pixels a character at 14, 5.2 at 9).
        int width = Math.max(
                LABEL_W + perLine * panelW + 10,
                (int) Math.max(heading.length() * 8.5, axesLine.length() / CHARS_PER_PIXEL) + 10);
        int height = y + 10;
        out.println((standalone ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" : "")
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\""
                + width + "\" height=\"" + height + "\" viewBox=\"0 0 " + width + " " + height
                + "\" font-family=\"sans-serif\" font-size=\"10\">");
        out.println("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>");
        out.println("<text x=\"4\" y=\"16\" font-size=\"14\" font-weight=\"bold\">" + esc(heading) + "</text>");
        out.println("<text x=\"4\" y=\"31\">"
                + esc(String.format("%,d", map.worlds()) + " worlds in " + map.size()
                        + " regions, all of them. Hover a cell for its verdict and why.")
                + "</text>");
        out.println("<text x=\"4\" y=\"45\" font-size=\"9\">" + esc(axesLine) + "</text>");
        int lx = 4;
        for (Verdict v : Verdict.values()) {
            out.println("<rect x=\"" + lx + "\" y=\"53\" width=\"12\" height=\"12\" fill=\"" + COLOURS.get(v) + "\"/>"
                    + "<text x=\"" + (lx + 16) + "\" y=\"63\">" + v + "</text>");
            lx += 110;
        }
        out.println("<text x=\"" + lx + "\" y=\"63\">"
                + esc("striped: the cell's other facts (" + otherAxes() + ") split it") + "</text>");
        for (int i = 0; i < panels.size(); i++) {
            Panel p = panels.get(i);
            int line = i / perLine;
            int x0 = LABEL_W + (i % perLine) * panelW;
            int top = lineTops.get(line);
            int lines = 1;
            for (int j = line * perLine; j < Math.min(panels.size(), (line + 1) * perLine); j++) {
                lines = Math.max(lines, titles.get(j).size());
            }
            int y0 = top + lines * TITLE_LINE + 4;
            String where = String.join(" or ", describe(p));
            out.print("<text x=\"" + x0 + "\" y=\"" + (top + TITLE_LINE - 2)
                    + "\" font-weight=\"bold\" font-size=\"9\">");
            List<String> title = titles.get(i);
            for (int t = 0; t < title.size(); t++) {
                out.print("<tspan x=\"" + x0 + "\" dy=\"" + (t == 0 ? 0 : TITLE_LINE) + "\">" + esc(title.get(t))
                        + "</tspan>");
            }
            out.println("<title>" + esc(where) + "</title></text>");
            if (i % perLine == 0) {
                for (int r = 0; r < rows.size(); r++) {
                    out.println("<text x=\"4\" y=\"" + (y0 + COL_HEADER + r * CELL_H + 12) + "\">"
                            + esc(shorten(rows.get(r), 32)) + "<title>" + esc(name(row) + ": " + rows.get(r))
                            + "</title></text>");
                }
            }
            for (int c = 0; c < cols.size(); c++) {
                out.println("<text x=\"" + (x0 + c * CELL_W + 3) + "\" y=\"" + (y0 + COL_HEADER - 3)
                        + "\" font-size=\"8\">" + esc(abbreviate(cols.get(c))) + "</text>");
            }
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < cols.size(); c++) {
                    cell(
                            out,
                            p.cells().get(List.of(r, c)),
                            p.members().size(),
                            x0 + c * CELL_W,
                            y0 + COL_HEADER + r * CELL_H,
                            (where.isEmpty() ? "" : where + (p.members().size() == 1 ? ", " : " — ")) + name(row) + "="
                                    + rows.get(r) + ", " + name(col) + "=" + cols.get(c));
                }
            }
        }
        out.println("</svg>");
    }

    private String panelNames() {
        if (panelRow < 0 && panelCol < 0) {
            return "none";
        }
        return panelCol < 0 ? name(panelRow) : panelRow < 0 ? name(panelCol) : name(panelRow) + " × " + name(panelCol);
    }

    /** {@code text} in lines of at most about {@code width} characters, broken after commas and spaces. */
    static List<String> wrap(String text, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                out.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0 || out.isEmpty()) {
            out.add(line.toString());
        }
        return out;
    }

    /** A cell: its worlds in one panel it stands for, counted over all {@code members} of them. */
    private void cell(PrintWriter out, Map<Integer, Long> answers, int members, int x, int y, String where) {
        Map<Verdict, Long> byVerdict = new EnumMap<>(Verdict.class);
        long total = 0;
        for (Map.Entry<Integer, Long> e : answers.entrySet()) {
            byVerdict.merge(grid.answers().get(e.getKey()).verdict(), e.getValue() * members, Long::sum);
            total += e.getValue() * members;
        }
        StringBuilder title =
                new StringBuilder(where).append(" (").append(total).append(total == 1 ? " world)" : " worlds)");
        Map<String, Long> reasons = new LinkedHashMap<>();
        answers.forEach((id, n) -> {
            WorldAnswer a = grid.answers().get(id);
            reasons.merge(a.verdict() + ": " + a.because(), n * members, Long::sum);
        });
        reasons.forEach((text, n) -> title.append("\n")
                .append(byVerdict.size() == 1 && reasons.size() == 1 ? "" : n + " × ")
                .append(text));
        out.print("<g><title>" + esc(title.toString()) + "</title>");
        int offset = 0;
        int w = CELL_W - 2;
        for (Map.Entry<Verdict, Long> e : byVerdict.entrySet()) {
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

    private static Verdict lastKey(Map<Verdict, Long> m) {
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
