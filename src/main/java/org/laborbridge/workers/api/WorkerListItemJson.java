package org.laborbridge.workers.api;

import org.laborbridge.shared.Sex;
import org.laborbridge.workers.LaborCapacity;
import org.laborbridge.workers.RegionRef;
import org.laborbridge.workers.Situation;
import org.laborbridge.workers.WorkerSummary;

/** A worker in a list: numbers always masked. */
record WorkerListItemJson(
        String id,
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
        Situation situation) {

    static WorkerListItemJson of(WorkerSummary worker) {
        return new WorkerListItemJson(
                worker.id().toString(),
                worker.name(),
                worker.residentId(),
                worker.sex(),
                worker.birthYear(),
                worker.householdRegion(),
                worker.phone(),
                worker.registeredPoor(),
                worker.poorConfirmed(),
                worker.laborCapacity(),
                worker.willingToMigrate(),
                worker.situation());
    }
}
