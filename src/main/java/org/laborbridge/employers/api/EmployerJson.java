package org.laborbridge.employers.api;

import java.time.Instant;
import org.laborbridge.employers.EmployerView;

/** One enterprise as the API shows it; the contact phone is masked unless the caller may see it. */
record EmployerJson(
        String id,
        String creditCode,
        String name,
        String industry,
        RegionJson region,
        String address,
        String contactName,
        String contactPhone,
        boolean verified,
        String verifiedBy,
        Instant verifiedAt) {

    static EmployerJson of(EmployerView view) {
        return new EmployerJson(
                view.id().toString(),
                view.creditCode(),
                view.name(),
                view.industry(),
                RegionJson.of(view.region(), view.regionName()),
                view.address(),
                view.contactName(),
                view.contactPhone(),
                view.verified(),
                view.verifiedBy(),
                view.verifiedAt());
    }
}
