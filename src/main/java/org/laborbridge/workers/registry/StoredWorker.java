package org.laborbridge.workers.registry;

import java.time.Instant;
import java.util.UUID;
import org.laborbridge.shared.Masking;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.RegionDirectory;
import org.laborbridge.workers.RegionRef;
import org.laborbridge.workers.WorkerBackground;
import org.laborbridge.workers.WorkerId;
import org.laborbridge.workers.WorkerProfile;
import org.laborbridge.workers.WorkerRecord;

/** A row of {@code worker} as read back: the checked profile plus what the registry adds to it. */
record StoredWorker(
        WorkerId id,
        WorkerProfile profile,
        String poorConfirmedBy,
        Instant poorConfirmedAt,
        UUID duplicateOf,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        int version) {

    String householdCounty() {
        return profile.householdCounty().value();
    }

    WorkerRecord toRecord(boolean fullIdentity) {
        String residentId = profile.residentId().value();
        String phone = profile.phone() == null ? null : profile.phone().value();
        return new WorkerRecord(
                id,
                profile.name(),
                fullIdentity ? residentId : Masking.residentId(residentId),
                profile.residentId().sex(),
                // The birth date is the masked middle of the ID number, so a masked record gives only the year.
                fullIdentity ? profile.residentId().birthDate() : null,
                profile.residentId().birthDate().getYear(),
                region(profile.householdCounty()),
                phone == null ? null : fullIdentity ? phone : Masking.phone(phone),
                profile.registeredPoor(),
                fullIdentity || profile.poorHouseholdNo() == null
                        ? profile.poorHouseholdNo()
                        : Masking.phone(profile.poorHouseholdNo()),
                poorConfirmedBy,
                poorConfirmedAt,
                profile.laborCapacity(),
                profile.willingToMigrate(),
                profile.education(),
                profile.skills(),
                profile.wantedJobs(),
                profile.situation(),
                profile.notes(),
                duplicateOf == null ? null : new WorkerId(duplicateOf),
                createdAt,
                createdBy,
                updatedAt,
                version,
                fullIdentity);
    }

    /** The facts other modules' rules read; the birth date in full, the number masked. */
    WorkerBackground background() {
        return new WorkerBackground(
                id,
                profile.name(),
                Masking.residentId(profile.residentId().value()),
                householdCounty(),
                profile.registeredPoor(),
                profile.residentId().birthDate());
    }

    static RegionRef region(RegionCode county) {
        String name = RegionDirectory.standard()
                .find(county)
                .map(found -> found.name())
                .orElse(county.value());
        return new RegionRef(county.value(), name);
    }
}
