package org.laborbridge.workers.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.laborbridge.shared.web.SafeCell;

/**
 * XLSX written by POI's streaming workbook: only a window of rows stays in memory, the rest
 * goes to a temporary file until the workbook is written out. Every cell is text, so nothing in
 * it is ever evaluated.
 */
final class XlsxSheet implements SheetWriter {

    static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();
    private static final int ROWS_IN_MEMORY = 200;

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final Sheet sheet;
    private int rows;

    XlsxSheet(OutputStream out, String sheetName) {
        this.out = out;
        this.sheet = workbook.createSheet(sheetName);
    }

    @Override
    public void row(List<String> cells) {
        if (rows >= MAX_ROWS) {
            throw new IllegalStateException("An XLSX sheet holds at most " + MAX_ROWS + " rows");
        }
        Row row = sheet.createRow(rows++);
        for (int i = 0; i < cells.size(); i++) {
            row.createCell(i).setCellValue(SafeCell.of(cells.get(i)));
        }
    }

    @Override
    public void close() throws IOException {
        try (workbook) {
            workbook.write(out);
            out.flush();
        }
    }
}
