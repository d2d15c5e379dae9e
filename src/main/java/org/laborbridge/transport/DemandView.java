package org.laborbridge.transport;

import java.time.Instant;
import java.time.LocalDate;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.placements.PlacementId;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.workers.WorkerId;

/**
 * One traveller's transport demand as origin and destination both see it. {@code workerName}
 * comes from the registry's masked summary; {@code trip} is set once PLANNED.
 */
public record DemandView(
        DemandId id,
        WorkerId worker,
        String workerName,
        String householdCounty,
        String householdCountyName,
        PlacementId placement,
        EmployerId employer,
        String employerName,
        RegionCode workRegion,
        String workRegionName,
        LocalDate startDate,
        LocalDate earliest,
        LocalDate latest,
        String gatheringPoint,
        String note,
        DemandStatus status,
        TripId trip,
        String createdBy,
        Instant createdAt) {}
