package org.laborbridge.placements;

import java.time.LocalDate;
import java.util.UUID;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.workers.WorkerId;

/**
 * The terms of a hire as the accepting module knows them: who, for whom, from when, for how long
 * and for how much. {@code applicationId} is null for a hire made outside the platform.
 * {@code householdCounty} is the worker's household county code, kept on every placement row so
 * that placements stay distributable and scoped by it.
 */
public record NewPlacement(
        WorkerId worker,
        String householdCounty,
        EmployerId employer,
        JobPostingId posting,
        UUID applicationId,
        LocalDate startDate,
        int contractMonths,
        Money monthlyWage,
        RegionCode workRegion,
        String workAddress,
        String jobType) {}
