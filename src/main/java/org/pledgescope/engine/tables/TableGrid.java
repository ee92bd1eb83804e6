package org.pledgescope.engine.tables;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * A decision table file as rows of cell texts: a CSV file (one sheet, no name) or an XLSX workbook (every
 * sheet). Cells are read as shown to the analyst (a number as it is displayed), trimmed.
 */
record TableGrid(List<Sheet> sheets) {

    /** One sheet: its name (null for CSV) and its rows, each a list of cell texts. */
    record Sheet(String name, List<List<String>> rows) {
        /** A cell's name as a spreadsheet shows it: {@code C7}, or {@code Rules:C7} in a named sheet. */
        String cell(int row, int column) {
            String ref = columnLetters(column) + (row + 1);
            return name == null ? ref : name + ":" + ref;
        }

        /** Whether the sheet is a CSV file (whose rows may be short of cells), not a workbook's sheet. */
        boolean csv() {
            return name == null;
        }

        String text(int row, int column) {
            List<String> r = rows.get(row);
            return column < r.size() ? r.get(column) : "";
        }
    }

    /** Thrown when the file cannot be read as a table at all. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    static TableGrid read(String name, byte[] bytes) throws Unreadable {
        return name.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? xlsx(bytes) : csv(bytes);
    }

    static String columnLetters(int column) {
        StringBuilder sb = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            sb.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return sb.toString();
    }

    private static TableGrid csv(byte[] bytes) throws Unreadable {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new Unreadable("not UTF-8 text: save the CSV as UTF-8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> rows = new ArrayList<>();
        try {
            for (CSVRecord record : CSVFormat.RFC4180.builder().get().parse(new StringReader(text))) {
                while (rows.size() < record.getRecordNumber() - 1) {
                    rows.add(List.of());
                }
                List<String> cells = new ArrayList<>();
                record.forEach(c -> cells.add(c.strip()));
                rows.add(cells);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new Unreadable("not a valid CSV file: " + e.getMessage());
        }
        otherSeparator(rows);
        return new TableGrid(List.of(new Sheet(null, rows)));
    }

    /**
     * A CSV file whose header is one cell holding the column names joined by another separator (a spreadsheet saved
     * with ';', as many set to a European language do, or tabs) is refused once, saying so, rather than read as one
     * column a table cannot have.
     */
    private static void otherSeparator(List<List<String>> rows) throws Unreadable {
        if (rows.isEmpty() || rows.get(0).size() != 1) {
            return;
        }
        String header = rows.get(0).get(0);
        for (String separator : List.of(";", "\t")) {
            if (header.toLowerCase(Locale.ROOT).startsWith("rule" + separator)) {
                String name = separator.equals(";") ? "semicolons (;)" : "tabs";
                throw new Unreadable("its cells are separated by " + name + ", not commas: save it as CSV with commas"
                        + " between cells (LibreOffice: Save As, Text CSV, field delimiter ','; Excel: Save As, CSV UTF-8"
                        + " (comma delimited)), or keep it as decisions.xlsx");
            }
        }
    }

    private static TableGrid xlsx(byte[] bytes) throws Unreadable {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        List<Sheet> sheets = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            for (org.apache.poi.ss.usermodel.Sheet sheet : workbook) {
                List<List<String>> rows = new ArrayList<>();
                for (Row row : sheet) {
                    while (rows.size() < row.getRowNum()) {
                        rows.add(List.of());
                    }
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(
                                cell == null
                                        ? ""
                                        : formatter.formatCellValue(cell).strip());
                    }
                    rows.add(cells);
                }
                sheets.add(new Sheet(sheet.getSheetName(), rows));
            }
        } catch (IOException | RuntimeException e) {
            throw new Unreadable("not an XLSX workbook Excel or LibreOffice can open ("
                    + e.getClass().getSimpleName() + ")");
        }
        return new TableGrid(sheets);
    }
}
