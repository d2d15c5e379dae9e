package org.laborbridge.reporting.dashboard;

import java.util.List;
import java.util.Locale;
import org.laborbridge.identity.AuditLog;
import org.laborbridge.shared.RecordNotFoundException;
import org.laborbridge.shared.web.Downloads;
import org.laborbridge.shared.web.Sheets;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The dashboard's tables as files for the same filter and scope as the page: one table as CSV or
 * XLSX ({@code /reporting/export/fairs.csv}), or all of them as sheets of one workbook
 * ({@code /reporting/export/dashboard.xlsx}). Headers and labels in the reader's language;
 * figures as plain numbers (number cells in XLSX). The fairs table lists every fair, not just the
 * largest the page shows.
 */
@Component
class DashboardExports {

    static final String ALL = "dashboard";

    private final Dashboard dashboard;
    private final AuditLog auditLog;

    DashboardExports(Dashboard dashboard, AuditLog auditLog) {
        this.dashboard = dashboard;
        this.auditLog = auditLog;
    }

    ResponseEntity<byte[]> export(String table, String format, DashboardFilter filter) {
        String kind = format.toLowerCase(Locale.ROOT);
        boolean all = ALL.equals(table);
        if (!(kind.equals("csv") || kind.equals("xlsx"))
                || !(all || Dashboard.TABLES.contains(table))
                || (all && kind.equals("csv"))) {
            throw new RecordNotFoundException("dashboardExport", table + "." + format);
        }
        DashboardView view = dashboard.read(filter, true);
        List<Sheets.Table> sheets = all
                ? Dashboard.TABLES.stream().map(id -> view.table(id).sheet()).toList()
                : List.of(view.table(table).sheet());
        auditLog.record(AuditLog.EXPORT, "dashboard", table, kind + " " + filter.parameters());
        String name = "laborbridge-" + table + "." + kind;
        return kind.equals("csv")
                ? Downloads.attachment(name, Sheets.CSV_TYPE, Sheets.csv(sheets.get(0)))
                : Downloads.attachment(name, Sheets.XLSX_TYPE, Sheets.xlsx(sheets));
    }
}
