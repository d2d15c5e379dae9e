package org.laborbridge.workers.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.laborbridge.shared.Sex;
import org.laborbridge.workers.Education;
import org.laborbridge.workers.LaborCapacity;
import org.laborbridge.workers.RegionRef;
import org.laborbridge.workers.Situation;
import org.laborbridge.workers.WorkerRecord;

/** One worker as the API shows it; numbers are full only when the record says so. */
record WorkerJson(
        String id,
        String name,
        String residentId,
        Sex sex,
        LocalDate birthDate,
        int birthYear,
        RegionRef householdRegion,
        String phone,
        boolean registeredPoor,
        String poorHouseholdNo,
        boolean poorConfirmed,
        String poorConfirmedBy,
        Instant poorConfirmedAt,
        LaborCapacity laborCapacity,
        boolean willingToMigrate,
        Education education,
        List<String> skills,
        List<String> wantedJobs,
        Situation situation,
        String notes,
        String duplicateOf,
        boolean fullIdentity,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        int version) {

    static WorkerJson of(WorkerRecord worker) {
        return new WorkerJson(
                worker.id().toString(),
                worker.name(),
                worker.residentId(),
                worker.sex(),
                worker.birthDate(),
                worker.birthYear(),
                worker.householdRegion(),
                worker.phone(),
                worker.registeredPoor(),
                worker.poorHouseholdNo(),
                worker.poorConfirmed(),
                worker.poorConfirmedBy(),
                worker.poorConfirmedAt(),
                worker.laborCapacity(),
                worker.willingToMigrate(),
                worker.education(),
                worker.skills(),
                worker.wantedJobs(),
                worker.situation(),
                worker.notes(),
                worker.duplicateOf() == null ? null : worker.duplicateOf().toString(),
                worker.fullIdentity(),
                worker.createdAt(),
                worker.createdBy(),
                worker.updatedAt(),
                worker.version());
    }
}
