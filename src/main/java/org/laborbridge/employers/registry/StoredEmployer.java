package org.laborbridge.employers.registry;

import java.time.Instant;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.EmployerView;
import org.laborbridge.shared.Masking;

/** A row of {@code employer} as read back: the checked profile plus the bureau's verification. */
record StoredEmployer(EmployerId id, EnterpriseProfile profile, String verifiedBy, Instant verifiedAt) {

    boolean verified() {
        return verifiedAt != null;
    }

    EmployerView toView(boolean fullPhone) {
        String phone =
                profile.contactPhone() == null ? null : profile.contactPhone().value();
        return new EmployerView(
                id,
                profile.creditCode().value(),
                profile.name(),
                profile.industry(),
                profile.region(),
                Places.nameOf(profile.region()),
                profile.address(),
                profile.contactName(),
                phone == null || fullPhone ? phone : Masking.phone(phone),
                verified(),
                verifiedBy,
                verifiedAt);
    }
}
