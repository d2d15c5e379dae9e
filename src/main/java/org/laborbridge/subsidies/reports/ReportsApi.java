package org.laborbridge.subsidies.reports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.laborbridge.shared.web.Downloads;
import org.laborbridge.subsidies.PaymentBatches.Export;
import org.laborbridge.subsidies.ReportRow;
import org.laborbridge.subsidies.SubsidyReports;
import org.laborbridge.subsidies.SubsidyReports.By;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Subsidy reports", description = "Subsidy totals by policy, partner region and month")
class ReportsApi {

    private final SubsidyReports reports;
    private final ReportTables tables;

    ReportsApi(SubsidyReports reports, ReportTables tables) {
        this.reports = reports;
        this.tables = tables;
    }

    record RowJson(
            String key,
            String label,
            long applied,
            long approved,
            long paidClaims,
            BigDecimal approvedAmount,
            BigDecimal paidAmount) {

        static RowJson of(ReportRow row) {
            return new RowJson(
                    row.key(),
                    row.label(),
                    row.applied(),
                    row.approved(),
                    row.paidClaims(),
                    BigDecimal.valueOf(row.approvedAmount().fen(), 2),
                    BigDecimal.valueOf(row.paidAmount().fen(), 2));
        }
    }

    @GetMapping("/api/v1/subsidy-reports")
    @Operation(
            summary = "Totals by POLICY, REGION (partner region; 'OTHER' for counties outside any) or MONTH; claims by"
                    + " the day made, payments by the day paid; a PARTNER sees their regions only")
    List<RowJson> totals(
            @RequestParam(defaultValue = "POLICY") By by,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String region) {
        return reports.totals(by, from, to, region).stream().map(RowJson::of).toList();
    }

    @GetMapping("/api/v1/subsidy-reports/export")
    @Operation(summary = "The report as XLSX (a sheet per grouping) or CSV (the grouping in 'by')")
    ResponseEntity<byte[]> export(
            @RequestParam(defaultValue = "xlsx") String format,
            @RequestParam(defaultValue = "POLICY") By by,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String region) {
        return download(tables.export(format, by, from, to, region));
    }

    static ResponseEntity<byte[]> download(Export export) {
        return Downloads.attachment(export.fileName(), export.contentType(), export.content());
    }
}
