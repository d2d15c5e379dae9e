package org.laborbridge.employers;

import java.time.Instant;
import org.laborbridge.shared.RegionCode;

/**
 * An enterprise as the caller may see it. {@code contactPhone} is masked unless the caller is
 * bureau staff or the enterprise itself; {@code verifiedBy} and {@code verifiedAt} are null until
 * the bureau has checked the enterprise.
 */
public record EmployerView(
        EmployerId id,
        String creditCode,
        String name,
        String industry,
        RegionCode region,
        String regionName,
        String address,
        String contactName,
        String contactPhone,
        boolean verified,
        String verifiedBy,
        Instant verifiedAt) {}
