package org.laborbridge.placements.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.laborbridge.placements.PlacementView;
import org.laborbridge.placements.RetentionCheckView;
import org.laborbridge.shared.Money;

/** A placement as the API answers it; wages in yuan per month, the worker by masked name only. */
record PlacementJson(
        UUID id,
        Party worker,
        String householdCounty,
        Party employer,
        UUID posting,
        UUID applicationId,
        String jobType,
        LocalDate startDate,
        int contractMonths,
        LocalDate endDate,
        BigDecimal monthlyWage,
        Region workRegion,
        String workAddress,
        String status,
        LocalDate startedOn,
        String leavingReason,
        LocalDate leftOn,
        String leavingNote,
        List<Check> retentionChecks) {

    record Party(UUID id, String name) {}

    record Region(String code, String name) {}

    record Check(
            int month,
            LocalDate dueOn,
            String outcome,
            String recordedBy,
            Instant recordedAt,
            String note,
            boolean open) {

        static Check of(RetentionCheckView check) {
            return new Check(
                    check.month(),
                    check.dueOn(),
                    check.outcome() == null ? null : check.outcome().name(),
                    check.recordedBy(),
                    check.recordedAt(),
                    check.note(),
                    check.open());
        }
    }

    static PlacementJson of(PlacementView view) {
        return new PlacementJson(
                view.id().value(),
                new Party(view.worker().value(), view.workerName()),
                view.householdCounty(),
                new Party(view.employer().value(), view.employerName()),
                view.posting().value(),
                view.applicationId(),
                view.jobType(),
                view.startDate(),
                view.contractMonths(),
                view.endDate(),
                yuan(view.monthlyWage()),
                new Region(view.workRegion().value(), view.workRegionName()),
                view.workAddress(),
                view.status().name(),
                view.startedOn(),
                view.leavingReason() == null ? null : view.leavingReason().name(),
                view.leftOn(),
                view.leavingNote(),
                view.checks().stream().map(Check::of).toList());
    }

    static BigDecimal yuan(Money money) {
        return BigDecimal.valueOf(money.fen(), 2);
    }
}
