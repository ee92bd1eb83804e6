package org.pledgescope.engine.tables;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a decision table's CSV as an XLSX workbook with one sheet (cells as text): how the XLSX fixtures and the
 * shipped XLSX table were made. {@code java ... CsvToXlsx IN.csv OUT.xlsx [SHEET]}.
 */
public final class CsvToXlsx {
    private CsvToXlsx() {}

    public static void main(String[] args) throws Exception {
        write(Path.of(args[0]), Path.of(args[1]), args.length > 2 ? args[2] : "Rules");
    }

    static void write(Path csv, Path xlsx, String sheetName) throws IOException, TableGrid.Unreadable {
        List<List<String>> rows = TableGrid.read(csv.getFileName().toString(), Files.readAllBytes(csv))
                .sheets()
                .get(0)
                .rows();
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(xlsx)) {
            Sheet sheet = workbook.createSheet(sheetName);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            for (int c = 0; c < rows.get(0).size(); c++) {
                sheet.setColumnWidth(c, 30 * 256);
            }
            workbook.write(out);
        }
    }
}
