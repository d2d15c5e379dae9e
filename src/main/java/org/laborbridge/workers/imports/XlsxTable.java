package org.laborbridge.workers.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.laborbridge.shared.InvalidInputException;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an XLSX workbook, read as a stream of SAX events over its XML, so a
 * million-row sheet never becomes a million objects. A workbook is a zip that may expand to far
 * more than it weighs: POI refuses entries that inflate suspiciously well, and every byte
 * inflated here is counted against a cap. XML parsing goes through POI's {@link XMLHelper},
 * which refuses DTDs and external entities.
 */
final class XlsxTable implements Table {

    /** No single part of a roster workbook comes near this; POI's default allows 4 GB. */
    static final long MAX_ENTRY_BYTES = 1024L * 1024 * 1024;

    static {
        // Below 1% a zip entry is almost certainly a bomb; POI's default, stated so nobody lowers it.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    private final Path file;
    private final long maxUncompressedBytes;

    XlsxTable(Path file, long maxUncompressedBytes) {
        this.file = file;
        this.maxUncompressedBytes = maxUncompressedBytes;
    }

    @Override
    public void read(RowSink sink) throws IOException {
        OPCPackage workbook = open();
        try {
            XSSFReader reader = new XSSFReader(workbook, true);
            reader.setUseReadOnlySharedStringsTable(true);
            Budget budget = new Budget(maxUncompressedBytes);
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            if (!sheets.hasNext()) {
                throw FileProblem.notAWorkbook();
            }
            try (InputStream sheet = budget.count(sheets.next())) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(
                        reader.getStylesTable(),
                        reader.getSharedStringsTable(),
                        new Rows(sink),
                        new DataFormatter(Locale.ROOT),
                        false));
                parser.parse(new InputSource(sheet));
            }
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException broken) {
            throw translate(broken);
        } catch (IOException broken) {
            throw translate(broken);
        } finally {
            workbook.revert();
        }
    }

    private OPCPackage open() {
        try {
            return OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (Exception notAWorkbook) {
            throw translate(notAWorkbook);
        }
    }

    /** Keeps our own refusals; turns POI's bomb alarms into TOO_LARGE and everything else into NOT_A_WORKBOOK. */
    private static RuntimeException translate(Exception failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException refusal) {
                return refusal;
            }
            if (cause instanceof Budget.Exceeded || isBombAlarm(cause)) {
                return FileProblem.tooLarge();
            }
        }
        return FileProblem.notAWorkbook();
    }

    private static boolean isBombAlarm(Throwable cause) {
        String message = cause.getMessage();
        return message != null
                && (message.contains("Zip bomb")
                        || message.contains("exceeds the max entry size")
                        || message.contains("MAX_ENTRY_SIZE")
                        || message.contains("max entry size"));
    }

    /** Turns POI's cell callbacks into whole rows, placing each cell in its column. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowSink sink;
        private final List<String> cells = new ArrayList<>();
        private int width = -1;

        Rows(RowSink sink) {
            this.sink = sink;
        }

        @Override
        public void startRow(int rowIndex) {
            cells.clear();
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() <= column) {
                cells.add("");
            }
            cells.set(column, value == null ? "" : value);
        }

        @Override
        public void endRow(int rowIndex) {
            int last = cells.size() - 1;
            while (last >= 0 && cells.get(last).isBlank()) {
                last--;
            }
            if (last < 0) {
                return;
            }
            List<String> row = new ArrayList<>(cells.subList(0, last + 1));
            if (width < 0) {
                width = row.size();
            }
            // Blank trailing cells are not written to the sheet at all; a short row is a row with blanks.
            while (row.size() < width) {
                row.add("");
            }
            sink.row(rowIndex + 1, Collections.unmodifiableList(row));
        }
    }

    /** Counts inflated bytes across every stream read from the workbook. */
    private static final class Budget {
        private long remaining;

        Budget(long limit) {
            this.remaining = limit;
        }

        InputStream count(InputStream in) {
            return new FilterInputStream(in) {
                @Override
                public int read() throws IOException {
                    int b = super.read();
                    spend(b < 0 ? 0 : 1);
                    return b;
                }

                @Override
                public int read(byte[] bytes, int offset, int length) throws IOException {
                    int read = super.read(bytes, offset, length);
                    spend(Math.max(read, 0));
                    return read;
                }
            };
        }

        private void spend(long bytes) throws Exceeded {
            remaining -= bytes;
            if (remaining < 0) {
                throw new Exceeded();
            }
        }

        static final class Exceeded extends IOException {
            Exceeded() {
                super("Workbook expands beyond the import limit");
            }
        }
    }
}
