package org.laborbridge.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Tables written for Excel and for the bank: CSV in UTF-8 with a byte-order mark (without it
 * Excel reads Chinese as noise) and XLSX whose every cell is quote-prefixed text, so nothing in it
 * is evaluated, a long account number keeps all its digits and the value stays as written.
 */
public final class Sheets {

    public static final String CSV_TYPE = "text/csv;charset=UTF-8";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Sheets() {}

    /** One named table of an export. */
    public record Table(String name, List<String> header, List<List<String>> rows) {}

    public static byte[] csv(Table table) {
        StringBuilder out = new StringBuilder("\uFEFF");
        row(out, table.header());
        table.rows().forEach(cells -> row(out, cells));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx(List<Table> tables) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle text = workbook.createCellStyle();
            text.setQuotePrefixed(true);
            for (Table table : tables) {
                Sheet sheet = workbook.createSheet(sheetName(table.name()));
                int rowNo = 0;
                write(sheet.createRow(rowNo++), table.header(), text);
                for (List<String> cells : table.rows()) {
                    write(sheet.createRow(rowNo++), cells, text);
                }
                for (int column = 0; column < table.header().size(); column++) {
                    sheet.setColumnWidth(column, 20 * 256);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<String> cells, CellStyle text) {
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(cells.get(i) == null ? "" : cells.get(i));
            cell.setCellStyle(text);
        }
    }

    private static void row(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quoted(SafeCell.of(cells.get(i))));
        }
        out.append("\r\n");
    }

    private static String quoted(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }

    /** Excel refuses sheet names longer than 31 characters or with {@code []:*?/\}. */
    private static String sheetName(String name) {
        String cleaned = name.replaceAll("[\\[\\]:*?/\\\\]", " ");
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }
}
