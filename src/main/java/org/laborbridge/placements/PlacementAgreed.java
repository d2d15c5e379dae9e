package org.laborbridge.placements;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.workers.WorkerId;

/**
 * A worker was hired: transport plans the trip from {@code householdCounty} to {@code workRegion}
 * before {@code startDate}; subsidies and statistics count the hire.
 */
public record PlacementAgreed(
        PlacementId placement,
        WorkerId worker,
        String householdCounty,
        EmployerId employer,
        JobPostingId posting,
        UUID applicationId,
        String jobType,
        RegionCode workRegion,
        LocalDate startDate,
        LocalDate endDate,
        Money monthlyWage,
        Instant at) {}
