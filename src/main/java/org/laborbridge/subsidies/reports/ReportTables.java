package org.laborbridge.subsidies.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.laborbridge.identity.AuditLog;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.Violation;
import org.laborbridge.shared.web.Sheets;
import org.laborbridge.subsidies.PaymentBatches.Export;
import org.laborbridge.subsidies.ReportRow;
import org.laborbridge.subsidies.SubsidyReports;
import org.laborbridge.subsidies.SubsidyReports.By;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The report as files: XLSX with a sheet per grouping, or CSV of one grouping, headers in the reader's language. */
@Component
class ReportTables {

    static final List<String> COLUMNS =
            List.of("key", "label", "applied", "approved", "approvedAmount", "paidClaims", "paidAmount");

    private final SubsidyReports reports;
    private final MessageSource messages;
    private final AuditLog auditLog;

    ReportTables(SubsidyReports reports, MessageSource messages, AuditLog auditLog) {
        this.reports = reports;
        this.messages = messages;
        this.auditLog = auditLog;
    }

    Export export(String format, By by, LocalDate from, LocalDate to, String region) {
        String kind = format == null ? "" : format.strip().toUpperCase(Locale.ROOT);
        if (!kind.equals("CSV") && !kind.equals("XLSX")) {
            throw new InvalidInputException(
                    Violation.of("format", "UNKNOWN", "subsidies.invalid.exportFormat.UNKNOWN", format));
        }
        List<By> groupings = kind.equals("CSV") ? List.of(by == null ? By.POLICY : by) : List.of(By.values());
        List<Sheets.Table> tables = new ArrayList<>();
        for (By grouping : groupings) {
            tables.add(table(grouping, reports.totals(grouping, from, to, region)));
        }
        auditLog.record(
                AuditLog.EXPORT,
                "subsidy-report",
                groupings.toString(),
                kind + " " + (from == null ? "" : from) + ".." + (to == null ? "" : to) + " "
                        + (region == null ? "" : region));
        String name = "subsidy-report"
                + (kind.equals("CSV") ? "-" + groupings.get(0).name().toLowerCase(Locale.ROOT) : "");
        return kind.equals("CSV")
                ? new Export(name + ".csv", Sheets.CSV_TYPE, Sheets.csv(tables.get(0)))
                : new Export(name + ".xlsx", Sheets.XLSX_TYPE, Sheets.xlsx(tables));
    }

    private Sheets.Table table(By by, List<ReportRow> rows) {
        Locale locale = LocaleContextHolder.getLocale();
        List<String> header = COLUMNS.stream()
                .map(column -> column.equals("key") || column.equals("label")
                        ? messages.getMessage("subsidies.reports.by." + by + "." + column, null, locale)
                        : messages.getMessage("subsidies.reports.column." + column, null, locale))
                .toList();
        List<List<String>> cells = rows.stream()
                .map(row -> List.of(
                        row.key(),
                        row.label(),
                        Long.toString(row.applied()),
                        Long.toString(row.approved()),
                        row.approvedAmount().toYuanString(),
                        Long.toString(row.paidClaims()),
                        row.paidAmount().toYuanString()))
                .toList();
        return new Sheets.Table(messages.getMessage("subsidies.reports.by." + by, null, locale), header, cells);
    }
}
