package org.pledgescope.engine.tables;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.pledgescope.diagnostics.Problem;

/**
 * Where each line of the DRL generated from a decision table came from: the cell, named as a spreadsheet does
 * ({@code rules/ibm/decisions.xlsx!Rules:C7}, {@code rules/google/rules.csv!C7}). A problem found in the
 * generated DRL, by the vocabulary check, the citation check or Drools, is reported at its cell.
 */
public final class CellMap {
    private final String file;
    private final List<String> cellByLine;
    private final Map<String, RowCells> rows;

    /** The cells of one row that a citation problem points at. */
    public record RowCells(String rule, String clause, String question) {}

    CellMap(String file, List<String> cellByLine, Map<String, RowCells> rows) {
        this.file = file;
        this.cellByLine = Collections.unmodifiableList(new ArrayList<>(cellByLine));
        this.rows = Map.copyOf(rows);
    }

    /** The table's path as problems name it. */
    public String file() {
        return file;
    }

    /** The cell a line (1-based) of the generated DRL came from: the nearest mapped line at or above it. */
    public String cellOf(int line) {
        for (int i = Math.min(line, cellByLine.size()) - 1; i >= 0; i--) {
            if (cellByLine.get(i) != null) {
                return cellByLine.get(i);
            }
        }
        return null;
    }

    /** The cell naming a row's rule. */
    public String ruleCell(String rule) {
        RowCells row = rows.get(rule);
        return row == null ? null : row.rule();
    }

    /**
     * The problem at its cell when it is about this table, else unchanged. A rule's citation problems point at
     * the row's clause or question cell.
     */
    public Problem locate(Problem p) {
        boolean atLine = p.file().equals(file);
        boolean atCell = p.file().startsWith(file + "!");
        if (!atLine && !atCell) {
            return p;
        }
        String cell = atCell ? p.file().substring(file.length() + 1) : p.line() > 0 ? cellOf(p.line()) : null;
        String message = p.message();
        for (Map.Entry<String, RowCells> row : rows.entrySet()) {
            String prefix = "rule '" + row.getKey() + "' ";
            if (message.startsWith(prefix + "cites clause") && row.getValue().clause() != null) {
                cell = row.getValue().clause();
            } else if (message.startsWith(prefix + "cites open question")
                    && row.getValue().question() != null) {
                cell = row.getValue().question();
            }
        }
        return cell == null ? p : new Problem(file + "!" + cell, 0, message);
    }
}
