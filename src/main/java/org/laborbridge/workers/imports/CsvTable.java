package org.laborbridge.workers.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV: fields separated by commas, optionally in double quotes, a quote inside quotes
 * doubled, line breaks allowed inside quotes. Row numbers count records, blank ones included,
 * so they match the row numbers a spreadsheet shows for the same file.
 */
final class CsvTable implements Table {

    /** A record longer than this is a quote left open (or not a roster at all); it would otherwise grow without bound. */
    static final int MAX_RECORD_LENGTH = 64 * 1024;

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Path file;
    private final Charset charset;

    CsvTable(Path file, Charset charset) {
        this.file = file;
        this.charset = charset;
    }

    @Override
    public void read(RowSink sink) throws IOException {
        try (InputStream in = Files.newInputStream(file);
                Reader reader = new InputStreamReader(in, charset)) {
            new Parser(reader, sink).parse();
        }
    }

    private static final class Parser {
        private final Reader reader;
        private final RowSink sink;
        private final char[] buffer = new char[64 * 1024];
        private int position;
        private int limit;
        private final List<String> cells = new ArrayList<>();
        private final StringBuilder cell = new StringBuilder();
        private int recordLength;
        private int rowNumber = 1;

        Parser(Reader reader, RowSink sink) {
            this.reader = reader;
            this.sink = sink;
        }

        void parse() throws IOException {
            int c = next();
            if (c == BYTE_ORDER_MARK) {
                c = next();
            }
            boolean quoted = false;
            boolean wasQuoted = false;
            while (c != -1) {
                if (++recordLength > MAX_RECORD_LENGTH) {
                    sink.unreadable(rowNumber, quoted ? "UNCLOSED_QUOTE" : "ROW_TOO_LONG");
                    return;
                }
                if (quoted) {
                    if (c == '"') {
                        int following = next();
                        if (following == '"') {
                            cell.append('"');
                        } else {
                            quoted = false;
                            c = following;
                            continue;
                        }
                    } else {
                        cell.append((char) c);
                    }
                } else if (c == '"' && cell.isEmpty() && !wasQuoted) {
                    quoted = true;
                    wasQuoted = true;
                } else if (c == ',') {
                    endCell();
                    wasQuoted = false;
                } else if (c == '\r' || c == '\n') {
                    if (c == '\r') {
                        int following = next();
                        if (following != '\n') {
                            endRecord();
                            wasQuoted = false;
                            c = following;
                            continue;
                        }
                    }
                    endRecord();
                    wasQuoted = false;
                } else {
                    cell.append((char) c);
                }
                c = next();
            }
            if (quoted) {
                sink.unreadable(rowNumber, "UNCLOSED_QUOTE");
                return;
            }
            if (!cells.isEmpty() || !cell.isEmpty() || wasQuoted) {
                endRecord();
            }
        }

        private void endCell() {
            cells.add(cell.toString());
            cell.setLength(0);
        }

        private void endRecord() {
            endCell();
            boolean blank = cells.size() == 1 && cells.get(0).isEmpty();
            if (!blank) {
                sink.row(rowNumber, List.copyOf(cells));
            }
            cells.clear();
            recordLength = 0;
            rowNumber++;
        }

        private int next() throws IOException {
            if (position == limit) {
                limit = reader.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    return -1;
                }
            }
            return buffer[position++];
        }
    }
}
