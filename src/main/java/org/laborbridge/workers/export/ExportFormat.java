package org.laborbridge.workers.export;

import java.io.OutputStream;

/** The file types a worker list can be exported as. */
public enum ExportFormat {
    CSV("text/csv;charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String contentType;
    private final String extension;

    ExportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    SheetWriter open(OutputStream out, String sheetName) {
        return this == CSV ? new CsvSheet(out) : new XlsxSheet(out, sheetName);
    }
}
