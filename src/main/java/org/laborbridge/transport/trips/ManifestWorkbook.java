package org.laborbridge.transport.trips;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.shared.web.SafeCell;
import org.laborbridge.transport.CheckResult;
import org.laborbridge.transport.Manifest;
import org.laborbridge.transport.ManifestLine;
import org.laborbridge.transport.TripView;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A manifest as one XLSX sheet in the reader's language: a title row naming the batch and the
 * vehicle, a header row, one row per traveller. Every cell is text, neutralised against formulas,
 * so nothing typed into a name or an address is ever evaluated.
 */
@Component
class ManifestWorkbook {

    private static final int ROWS_IN_MEMORY = 200;
    private static final List<String> COLUMNS = List.of(
            "number",
            "name",
            "residentId",
            "phone",
            "householdCounty",
            "employer",
            "workAddress",
            "status",
            "checks",
            "boardedAt",
            "receivedBy",
            "handedOverAt",
            "share",
            "charterFullySubsidised");

    private final MessageSource messages;

    ManifestWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    void write(Manifest manifest, Locale locale, OutputStream out) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            Sheet sheet = workbook.createSheet(message("transport.export.sheet", locale));
            int rows = 0;
            row(sheet, rows++, List.of(title(manifest.trip(), locale)));
            row(
                    sheet,
                    rows++,
                    COLUMNS.stream()
                            .map(column -> message("transport.export.column." + column, locale))
                            .toList());
            int number = 1;
            for (ManifestLine line : manifest.lines()) {
                row(sheet, rows++, values(number++, line, locale));
            }
            workbook.write(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String title(TripView trip, Locale locale) {
        return messages.getMessage(
                "transport.export.title",
                new Object[] {
                    trip.batchRegionName(),
                    trip.batchYear(),
                    trip.batchNo(),
                    message("transport.mode." + trip.mode().name(), locale),
                    trip.vehicleNo() == null ? "" : trip.vehicleNo(),
                    BureauTime.format(trip.plannedDeparture()),
                    trip.gatheringPoint() == null ? "" : trip.gatheringPoint()
                },
                locale);
    }

    private List<String> values(int number, ManifestLine line, Locale locale) {
        List<String> values = new ArrayList<>();
        values.add(String.valueOf(number));
        values.add(line.name());
        values.add(line.residentId());
        values.add(line.phone());
        values.add(line.householdCountyName());
        values.add(line.employerName());
        values.add(line.workAddress());
        values.add(message("transport.traveller." + line.status().name(), locale));
        values.add(line.checks().stream().map(check -> checkText(check, locale)).collect(Collectors.joining("; ")));
        values.add(BureauTime.format(line.boardedAt()));
        values.add(line.receivedBy());
        values.add(BureauTime.format(line.handedOverAt()));
        values.add(line.share() == null ? "" : line.share().toYuanString());
        values.add(message(line.charterFullySubsidised() ? "transport.export.yes" : "transport.export.no", locale));
        return values;
    }

    private String checkText(CheckResult check, Locale locale) {
        return message("transport.check." + check.check(), locale) + " "
                + message(check.passed() ? "transport.check.passed" : "transport.check.failed", locale);
    }

    private static void row(Sheet sheet, int index, List<String> cells) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.size(); i++) {
            row.createCell(i).setCellValue(SafeCell.of(cells.get(i)));
        }
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
