package org.laborbridge.workers.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.laborbridge.shared.Catalogue;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.Violation;
import org.laborbridge.workers.Education;
import org.laborbridge.workers.LaborCapacity;
import org.laborbridge.workers.Situation;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/** Blank rosters to fill in: the headers in the reader's language and one example row that imports cleanly. */
@Component
class RosterTemplates {

    /** A real, valid number (check character included) issued in 泸溪县, Xiangxi. */
    static final String EXAMPLE_RESIDENT_ID = "433122198506150026";

    enum Format {
        CSV("csv", MediaType.parseMediaType("text/csv;charset=UTF-8")),
        XLSX("xlsx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

        private final String extension;
        private final MediaType mediaType;

        Format(String extension, MediaType mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }

        /** {@code csv} or {@code xlsx}, as people write it in a link. */
        static Format of(String name) {
            for (Format format : values()) {
                if (format.extension.equalsIgnoreCase(name.strip())) {
                    return format;
                }
            }
            throw new InvalidInputException(Violation.of("format", "UNKNOWN", "invalid.field.TYPE"));
        }

        String extension() {
            return extension;
        }

        MediaType mediaType() {
            return mediaType;
        }
    }

    private final RosterVocabulary vocabulary;
    private final MessageSource messages;

    RosterTemplates(RosterVocabulary vocabulary, MessageSource messages) {
        this.vocabulary = vocabulary;
        this.messages = messages;
    }

    byte[] render(Format format, Locale language) {
        return format == Format.CSV ? csv(language) : xlsx(language);
    }

    List<String> headers(Locale language) {
        List<String> headers = new ArrayList<>();
        for (ImportColumn column : ImportColumn.values()) {
            headers.add(vocabulary.header(column, language));
        }
        return headers;
    }

    List<String> example(Locale language) {
        return List.of(
                messages.getMessage("workerImport.template.exampleName", null, language),
                EXAMPLE_RESIDENT_ID,
                "13800138000",
                "433122",
                vocabulary.answer(true, language),
                "4331220001",
                vocabulary.choice(LaborCapacity.FULL, language),
                vocabulary.answer(true, language),
                vocabulary.choice(Education.JUNIOR_SECONDARY, language),
                Catalogue.skills().entries().get(0).name(language),
                Catalogue.jobTypes().entries().get(0).name(language)
                        + "；"
                        + Catalogue.jobTypes().entries().get(1).name(language),
                vocabulary.choice(Situation.SEEKING, language),
                "");
    }

    /** UTF-8 with a byte order mark: without it, Excel on Chinese Windows reads UTF-8 as GBK. */
    private byte[] csv(Locale language) {
        StringBuilder text = new StringBuilder("\uFEFF");
        text.append(csvLine(headers(language))).append("\r\n");
        text.append(csvLine(example(language))).append("\r\n");
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String csvLine(List<String> cells) {
        return String.join(
                ",",
                cells.stream()
                        .map(cell -> cell.contains(",") || cell.contains("\"")
                                ? '"' + cell.replace("\"", "\"\"") + '"'
                                : cell)
                        .toList());
    }

    /** Every column is formatted as text, so Excel keeps the leading zeros and all 18 digits of an ID. */
    private byte[] xlsx(Locale language) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(messages.getMessage("workerImport.template.sheet", null, language));
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            List<String> headers = headers(language);
            write(sheet.createRow(0), headers, text);
            write(sheet.createRow(1), example(language), text);
            for (int column = 0; column < headers.size(); column++) {
                sheet.setDefaultColumnStyle(column, text);
                sheet.setColumnWidth(column, 20 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<String> cells, CellStyle style) {
        for (int i = 0; i < cells.size(); i++) {
            row.createCell(i).setCellValue(cells.get(i));
            row.getCell(i).setCellStyle(style);
        }
    }
}
