package org.laborbridge.workers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.laborbridge.shared.Sex;

/**
 * One worker as a reader sees it. {@code residentId} and {@code phone} are masked unless
 * {@code fullIdentity}, which is only ever set for a caller whose full view has been audit-logged.
 */
public record WorkerRecord(
        WorkerId id,
        String name,
        String residentId,
        Sex sex,
        LocalDate birthDate,
        int birthYear,
        RegionRef householdRegion,
        String phone,
        boolean registeredPoor,
        String poorHouseholdNo,
        String poorConfirmedBy,
        Instant poorConfirmedAt,
        LaborCapacity laborCapacity,
        boolean willingToMigrate,
        Education education,
        List<String> skills,
        List<String> wantedJobs,
        Situation situation,
        String notes,
        WorkerId duplicateOf,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        int version,
        boolean fullIdentity) {

    public WorkerRecord {
        skills = skills == null ? List.of() : List.copyOf(skills);
        wantedJobs = wantedJobs == null ? List.of() : List.copyOf(wantedJobs);
    }

    public boolean poorConfirmed() {
        return poorConfirmedAt != null;
    }
}
