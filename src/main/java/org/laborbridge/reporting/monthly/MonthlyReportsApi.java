package org.laborbridge.reporting.monthly;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.laborbridge.shared.RecordNotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Monthly reports per partner region: a caseworker submits a region's ended month (its figures
 * are snapshotted), an approver who did not submit it locks it or returns it with a reason. A
 * locked report never changes; records that arrive later for its month count as late in the
 * region's next report.
 */
@RestController
@RequestMapping("/api/v1/monthly-reports")
@Tag(name = "Monthly reports", description = "Per partner region and month: submitted, locked by a second person")
class MonthlyReportsApi {

    private final MonthlyReports reports;

    MonthlyReportsApi(MonthlyReports reports) {
        this.reports = reports;
    }

    @GetMapping
    @Operation(
            summary = "Reports, newest month first",
            description = "A partner user sees the reports of their regions.")
    @ApiResponse(responseCode = "200", description = "The reports, without figures")
    @ApiResponse(responseCode = "403", description = "An employer or worker, or a partner naming another region")
    @ApiResponse(responseCode = "422", description = "An unreadable region code or unknown status")
    MonthlyReportJson.Page list(
            @Parameter(description = "A partner region's code") @RequestParam(required = false) String region,
            @Parameter(description = "SUBMITTED, RETURNED or LOCKED") @RequestParam(required = false) String status) {
        List<MonthlyReportJson> items =
                reports.list(region, status).stream().map(MonthlyReportJson::of).toList();
        return new MonthlyReportJson.Page(items, items.size());
    }

    @GetMapping("/preview")
    @Operation(summary = "The figures a submission would store now", description = "Nothing is stored.")
    @ApiResponse(responseCode = "200", description = "The figures")
    @ApiResponse(responseCode = "422", description = "Unknown region, unreadable month or a month not yet ended")
    MonthlyReportJson.Preview preview(
            @RequestParam(required = false) String region, @RequestParam(required = false) String month) {
        return MonthlyReportJson.Preview.of(reports.preview(region, month));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One report with its figures and steps")
    @ApiResponse(responseCode = "200", description = "The report")
    @ApiResponse(responseCode = "404", description = "No such report, or outside the partner's regions")
    MonthlyReportJson get(@PathVariable String id) {
        return MonthlyReportJson.of(reports.get(uuid(id)));
    }

    @PostMapping
    @Operation(
            summary = "Submit a region's month",
            description = "Snapshots the figures. A returned report is submitted again with fresh figures (200).")
    @ApiResponse(responseCode = "201", description = "Submitted")
    @ApiResponse(responseCode = "200", description = "A returned report submitted again")
    @ApiResponse(responseCode = "403", description = "Not a caseworker or administrator")
    @ApiResponse(
            responseCode = "409",
            description = "Already submitted or locked, or the month before is not locked yet (code says which)")
    @ApiResponse(responseCode = "422", description = "Unknown region, unreadable month or a month not yet ended")
    ResponseEntity<MonthlyReportJson> submit(@RequestBody MonthlyReportJson.SubmitRequest request) {
        MonthlyReports.Submitted submitted = reports.submit(request.region(), request.month());
        MonthlyReportJson body = MonthlyReportJson.of(submitted.report());
        if (submitted.created()) {
            return ResponseEntity.created(URI.create("/api/v1/monthly-reports/" + body.id()))
                    .body(body);
        }
        return ResponseEntity.ok(body);
    }

    @PostMapping("/{id}/lock")
    @Operation(summary = "Lock a submitted report", description = "Never by someone who submitted it.")
    @ApiResponse(responseCode = "200", description = "Locked; its figures never change again")
    @ApiResponse(responseCode = "403", description = "Not an approver or administrator")
    @ApiResponse(responseCode = "409", description = "Already locked, or returned")
    @ApiResponse(responseCode = "422", description = "The caller submitted it (approver FOUR_EYES)")
    MonthlyReportJson lock(@PathVariable String id) {
        return MonthlyReportJson.of(reports.lock(uuid(id)));
    }

    @PostMapping("/{id}/return")
    @Operation(summary = "Return a submitted report with a reason", description = "It may then be submitted again.")
    @ApiResponse(responseCode = "200", description = "Returned")
    @ApiResponse(responseCode = "403", description = "Not an approver or administrator")
    @ApiResponse(responseCode = "409", description = "Already locked, or returned")
    @ApiResponse(responseCode = "422", description = "No reason given")
    MonthlyReportJson giveBack(
            @PathVariable String id, @RequestBody(required = false) MonthlyReportJson.ReturnRequest request) {
        return MonthlyReportJson.of(reports.returnReport(uuid(id), request == null ? null : request.reason()));
    }

    static UUID uuid(String id) {
        try {
            return UUID.fromString(id == null ? "" : id.strip());
        } catch (IllegalArgumentException malformed) {
            throw new RecordNotFoundException("monthlyReport", id);
        }
    }
}
