package org.laborbridge.reporting.monthly;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A monthly report in the API: money in yuan, counts as whole numbers; figures empty in lists. */
record MonthlyReportJson(
        UUID id,

        @Schema(description = "The partner region's GB/T 2260 code", example = "433100")
        String region,

        @Schema(description = "yyyy-MM", example = "2020-03")
        String month,

        ReportStatus status,
        String submittedBy,
        Instant submittedAt,
        String lockedBy,
        Instant lockedAt,
        String returnedBy,
        Instant returnedAt,
        String returnReason,
        List<Figure> figures,
        List<ReportStep> steps) {

    /** One metric: the month's own figure, the late records for earlier locked months, and the total reported. */
    record Figure(
            @Schema(example = "placements") String metric,
            @Schema(description = "yuan or count") String unit,
            BigDecimal monthValue,
            BigDecimal lateValue,
            BigDecimal value) {

        static Figure of(FigureLine line) {
            return new Figure(
                    line.metric().key(),
                    line.money() ? "yuan" : "count",
                    FigureLine.shown(line.metric(), line.monthValue()),
                    FigureLine.shown(line.metric(), line.lateValue()),
                    FigureLine.shown(line.metric(), line.value()));
        }
    }

    /** What a submission of a region and month would store now. */
    record Preview(String region, String month, List<Figure> figures) {

        static Preview of(MonthlyReports.Preview preview) {
            return new Preview(
                    preview.region(),
                    preview.month().toString(),
                    preview.figures().stream().map(Figure::of).toList());
        }
    }

    record Page(List<MonthlyReportJson> items, int total) {}

    /** What a caseworker sends to submit a region's month. */
    record SubmitRequest(
            @Schema(description = "A partner region's code", example = "433100")
            String region,

            @Schema(description = "An ended month, yyyy-MM", example = "2020-03")
            String month) {}

    record ReturnRequest(
            @Schema(description = "Why it goes back; required")
            String reason) {}

    static MonthlyReportJson of(MonthlyReportView report) {
        return new MonthlyReportJson(
                report.id(),
                report.region(),
                report.month().toString(),
                report.status(),
                report.submittedBy(),
                report.submittedAt(),
                report.lockedBy(),
                report.lockedAt(),
                report.returnedBy(),
                report.returnedAt(),
                report.returnReason(),
                report.figures().stream().map(Figure::of).toList(),
                report.steps());
    }
}
