package org.laborbridge.reporting.monthly;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * A monthly report as pages, the API and the downloads show it: the partner region, the month,
 * where it stands with the latest step of each kind, the stored figures (empty in lists) and
 * every step.
 */
public record MonthlyReportView(
        UUID id,
        String region,
        YearMonth month,
        ReportStatus status,
        String submittedBy,
        Instant submittedAt,
        String lockedBy,
        Instant lockedAt,
        String returnedBy,
        Instant returnedAt,
        String returnReason,
        List<FigureLine> figures,
        List<ReportStep> steps) {

    public MonthlyReportView {
        figures = figures == null ? List.of() : List.copyOf(figures);
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    public boolean locked() {
        return status == ReportStatus.LOCKED;
    }

    MonthlyReportView with(List<FigureLine> figures, List<ReportStep> steps) {
        return new MonthlyReportView(
                id,
                region,
                month,
                status,
                submittedBy,
                submittedAt,
                lockedBy,
                lockedAt,
                returnedBy,
                returnedAt,
                returnReason,
                figures,
                steps);
    }
}
