package org.pledgescope.diagnostics;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One problem in a source file, printed as {@code file:line: message} (line 1-based, 0 if unknown). A problem in a
 * decision table names its cell in {@code file}: {@code rules.csv!C7}, {@code decisions.xlsx!Rules:C7}.
 */
public record Problem(String file, int line, String message) implements Comparable<Problem> {
    private static final Pattern CELL = Pattern.compile("(.*)!(?:(.*):)?([A-Z]+)(\\d+)");
    private static final Comparator<Problem> ORDER = Comparator.comparing((Problem p) -> place(p).file())
            .thenComparing(p -> place(p).sheet())
            .thenComparingInt(p -> place(p).row())
            .thenComparingInt(p -> place(p).column())
            .thenComparing(p -> p.file)
            .thenComparingInt(p -> p.line);

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }

    /** By file, then in reading order: by line, or a table's problems by sheet, row and column (C1 before B2). */
    @Override
    public int compareTo(Problem o) {
        return ORDER.compare(this, o);
    }

    private record Place(String file, String sheet, int row, int column) {}

    private static Place place(Problem p) {
        Matcher m = CELL.matcher(p.file);
        if (!m.matches() || m.group(4).length() > 7) {
            return new Place(p.file, "", p.line, 0);
        }
        int column = 0;
        for (char c : m.group(3).toCharArray()) {
            column = column * 26 + (c - 'A' + 1);
        }
        return new Place(m.group(1), m.group(2) == null ? "" : m.group(2), Integer.parseInt(m.group(4)), column);
    }
}
