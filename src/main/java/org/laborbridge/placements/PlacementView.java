package org.laborbridge.placements;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.workers.WorkerId;

/**
 * A placement as every module and page sees it. {@code workerName} comes from the registry's
 * masked summary; {@code endDate} is the day after the contract's last day ([startDate, endDate));
 * {@code leavingReason}, {@code leftOn} and {@code leavingNote} are set only when LEFT. The leaving
 * note and the checks' notes carry health and family reasons: they are null for callers who may
 * not read them (employers, workers). {@code socialInsuranceSince} is the day from which the
 * employer's social insurance for the person is confirmed, null until someone confirms it.
 */
public record PlacementView(
        PlacementId id,
        WorkerId worker,
        String workerName,
        String householdCounty,
        EmployerId employer,
        String employerName,
        JobPostingId posting,
        UUID applicationId,
        String jobType,
        LocalDate startDate,
        int contractMonths,
        LocalDate endDate,
        Money monthlyWage,
        RegionCode workRegion,
        String workRegionName,
        String workAddress,
        PlacementStatus status,
        LocalDate startedOn,
        LeavingReason leavingReason,
        LocalDate leftOn,
        String leavingNote,
        LocalDate socialInsuranceSince,
        List<RetentionCheckView> checks) {

    public PlacementView {
        checks = List.copyOf(checks);
    }
}
