package org.laborbridge.workers;

import org.laborbridge.shared.Sex;

/**
 * A worker as a list shows it: numbers always masked, and the birth year instead of the birth
 * date, because the masked middle of an ID number is exactly the birth date.
 */
public record WorkerSummary(
        WorkerId id,
        String name,
        String residentId,
        Sex sex,
        int birthYear,
        RegionRef householdRegion,
        String phone,
        boolean registeredPoor,
        boolean poorConfirmed,
        LaborCapacity laborCapacity,
        boolean willingToMigrate,
        Situation situation) {}
