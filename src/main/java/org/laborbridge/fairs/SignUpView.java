package org.laborbridge.fairs;

import java.time.Instant;
import org.laborbridge.workers.WorkerId;

/** A worker on a fair's sign-up list, masked as every list is. */
public record SignUpView(
        WorkerId worker,
        String workerName,
        String residentId,
        String householdCounty,
        String householdRegionName,
        Instant signedUpAt,
        String signedUpBy,
        Instant checkedInAt,
        String checkedInBy) {

    public boolean checkedIn() {
        return checkedInAt != null;
    }
}
