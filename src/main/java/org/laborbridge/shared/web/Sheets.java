package org.laborbridge.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Tables written for Excel and for the bank: CSV in UTF-8 with a byte-order mark (without it
 * Excel reads Chinese as noise) and XLSX whose every cell is quote-prefixed text, so nothing in it
 * is evaluated, a long account number keeps all its digits and the value stays as written — except
 * the columns a table declares numeric, whose plain numbers become number cells.
 */
public final class Sheets {

    public static final String CSV_TYPE = "text/csv;charset=UTF-8";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]{1,15}(\\.[0-9]{1,2})?");

    private Sheets() {}

    /**
     * One named table of an export. Cells of the {@code numberColumns} (0-based) that read as a
     * plain number ({@code 1234}, {@code -5}, {@code 133100.50}) are written to XLSX as numbers,
     * so that a spreadsheet can add them up; every other cell stays text.
     */
    public record Table(String name, List<String> header, List<List<String>> rows, Set<Integer> numberColumns) {

        public Table {
            numberColumns = numberColumns == null ? Set.of() : Set.copyOf(numberColumns);
        }

        public Table(String name, List<String> header, List<List<String>> rows) {
            this(name, header, rows, Set.of());
        }
    }

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
                write(sheet.createRow(rowNo++), table.header(), text, Set.of());
                for (List<String> cells : table.rows()) {
                    write(sheet.createRow(rowNo++), cells, text, table.numberColumns());
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

    private static void write(Row row, List<String> cells, CellStyle text, Set<Integer> numberColumns) {
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = row.createCell(i);
            String value = cells.get(i) == null ? "" : cells.get(i);
            if (numberColumns.contains(i) && PLAIN_NUMBER.matcher(value).matches()) {
                cell.setCellValue(Double.parseDouble(value));
            } else {
                cell.setCellValue(value);
                cell.setCellStyle(text);
            }
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
