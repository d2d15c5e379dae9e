package org.laborbridge.subsidies.payments;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.Violation;

/**
 * The bank's answer to a batch, as CSV or as the XLSX we sent with its status and reason
 * columns filled in. Columns are found by their header in any of our languages or by the English
 * names {@code batch, lineNo, application, amount, status, reason}. The batch column is required:
 * line numbers alone would settle whichever batch the file is uploaded to. The claim number and
 * amount are optional, but when present the service checks them against the frozen line. Rows are
 * numbered as a spreadsheet shows them.
 */
final class BankResultFile {

    static final String BATCH = "batch";
    static final String LINE_NO = "lineNo";
    static final String APPLICATION = "application";
    static final String AMOUNT = "amount";
    static final String STATUS = "status";
    static final String REASON = "reason";

    private static final byte[] ZIP = {'P', 'K', 3, 4};

    static final List<String> READ = List.of(BATCH, LINE_NO, APPLICATION, AMOUNT, STATUS, REASON);

    /**
     * One row as written; the service judges each value against the batch. {@code application}
     * and {@code amount} are null when the file has no such column.
     */
    record ResultRow(
            int row, String batch, String lineNo, String application, String amount, String status, String reason) {}

    private BankResultFile() {}

    /** {@code headers}: each column's accepted header names, lower case. */
    static List<ResultRow> read(byte[] content, Map<String, Set<String>> headers) {
        List<List<String>> table = isZip(content) ? xlsx(content) : csv(content);
        List<ResultRow> rows = new ArrayList<>();
        if (table.isEmpty()) {
            throw new InvalidInputException(Violation.of("file", "EMPTY", "subsidies.invalid.resultFile.EMPTY"));
        }
        List<String> first = table.get(0);
        boolean headed = !first.isEmpty() && !first.get(0).strip().matches("\\d+");
        int batch = headed ? column(first, headers.get(BATCH)) : -1;
        if (batch < 0) {
            throw new InvalidInputException(
                    Violation.of("batch", "REQUIRED", "subsidies.invalid.batchFile.BATCH_REQUIRED"));
        }
        int lineNo = column(first, headers.get(LINE_NO));
        int application = column(first, headers.get(APPLICATION));
        int amount = column(first, headers.get(AMOUNT));
        int status = column(first, headers.get(STATUS));
        int reason = column(first, headers.get(REASON));
        if (lineNo < 0 || status < 0) {
            throw new InvalidInputException(Violation.of("file", "COLUMNS", "subsidies.invalid.resultFile.COLUMNS"));
        }
        for (int i = 1; i < table.size(); i++) {
            List<String> cells = table.get(i);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            rows.add(new ResultRow(
                    i + 1,
                    cell(cells, batch),
                    cell(cells, lineNo),
                    application < 0 ? null : cell(cells, application),
                    amount < 0 ? null : cell(cells, amount),
                    cell(cells, status),
                    cell(cells, reason)));
        }
        if (rows.isEmpty()) {
            throw new InvalidInputException(Violation.of("file", "EMPTY", "subsidies.invalid.resultFile.EMPTY"));
        }
        return rows;
    }

    private static int column(List<String> header, Set<String> names) {
        for (int i = 0; i < header.size(); i++) {
            if (names.contains(header.get(i).strip().toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return -1;
    }

    private static String cell(List<String> cells, int column) {
        if (column < 0 || column >= cells.size()) {
            return "";
        }
        String value = cells.get(column).strip();
        // Our own export guards text against formulas with an apostrophe; the bank may send it back.
        return value.startsWith("'") ? value.substring(1) : value;
    }

    private static boolean isZip(byte[] content) {
        if (content.length < ZIP.length) {
            return false;
        }
        for (int i = 0; i < ZIP.length; i++) {
            if (content[i] != ZIP[i]) {
                return false;
            }
        }
        return true;
    }

    private static List<List<String>> xlsx(byte[] content) {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<List<String>> table = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                    }
                }
                table.add(cells);
            }
            return table;
        } catch (IOException | RuntimeException unreadable) {
            throw new InvalidInputException(
                    Violation.of("file", "UNREADABLE", "subsidies.invalid.resultFile.UNREADABLE"));
        }
    }

    /** RFC 4180: quoted fields may hold commas, quotes and line breaks. */
    static List<List<String>> csv(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> table = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                table.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            table.add(row);
        }
        return table;
    }
}
