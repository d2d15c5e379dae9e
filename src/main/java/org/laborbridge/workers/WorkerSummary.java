package org.laborbridge.workers;

import java.time.LocalDate;
import org.laborbridge.shared.Sex;

/** A worker as a list shows it: numbers always masked. */
public record WorkerSummary(
        WorkerId id,
        String name,
        String residentId,
        Sex sex,
        LocalDate birthDate,
        RegionRef householdRegion,
        String phone,
        boolean registeredPoor,
        boolean poorConfirmed,
        LaborCapacity laborCapacity,
        boolean willingToMigrate,
        Situation situation) {}
