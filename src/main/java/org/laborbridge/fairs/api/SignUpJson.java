package org.laborbridge.fairs.api;

import java.time.Instant;
import org.laborbridge.fairs.SignUpView;
import org.laborbridge.workers.RegionRef;

/** A worker on a fair's list; the ID number masked. */
record SignUpJson(
        String workerId,
        String name,
        String residentId,
        RegionRef householdRegion,
        Instant signedUpAt,
        String signedUpBy,
        Instant checkedInAt,
        String checkedInBy) {

    static SignUpJson of(SignUpView signUp) {
        return new SignUpJson(
                signUp.worker().toString(),
                signUp.workerName(),
                signUp.residentId(),
                new RegionRef(signUp.householdCounty(), signUp.householdRegionName()),
                signUp.signedUpAt(),
                signUp.signedUpBy(),
                signUp.checkedInAt(),
                signUp.checkedInBy());
    }
}
