package org.laborbridge.workers.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells an upload's format from its bytes, never from its name: people rename files, and Excel
 * saves "CSV" in the system code page, which on Chinese Windows is GBK. A zip is a workbook;
 * otherwise text that decodes as UTF-8 is UTF-8 and anything else is read as GB18030 (a
 * superset of GBK and GB2312). Bytes no text file contains mean the file is not a table at all.
 */
final class TableFormat {

    static final Charset GB18030 = Charset.forName("GB18030");
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final int SNIFF_LENGTH = 8 * 1024;

    private TableFormat() {}

    static Table open(Path file, long maxUncompressedBytes) throws IOException {
        byte[] start = head(file);
        if (start.length == 0) {
            throw FileProblem.empty();
        }
        if (startsWith(start, ZIP_MAGIC)) {
            return new XlsxTable(file, maxUncompressedBytes);
        }
        if (looksBinary(start)) {
            throw FileProblem.notATable();
        }
        return new CsvTable(file, isUtf8(file) ? StandardCharsets.UTF_8 : GB18030);
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SNIFF_LENGTH);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Neither UTF-8 nor GB18030 text has NUL bytes or control characters other than tab and line breaks. */
    private static boolean looksBinary(byte[] start) {
        for (byte b : start) {
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x0C) {
                return true;
            }
            if (b == 0x7F) {
                return true;
            }
        }
        return false;
    }

    /** Decodes the whole file strictly, in a small buffer, so the check costs time but no memory. */
    static boolean isUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
        CharBuffer chars = CharBuffer.allocate(64 * 1024);
        try (InputStream in = Files.newInputStream(file)) {
            boolean end = false;
            while (!end) {
                int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
                end = read < 0;
                if (!end) {
                    bytes.position(bytes.position() + read);
                }
                bytes.flip();
                CoderResult result = decoder.decode(bytes, chars, end);
                if (result.isError()) {
                    return false;
                }
                chars.clear();
                bytes.compact();
            }
            return !decoder.flush(chars).isError();
        }
    }
}
