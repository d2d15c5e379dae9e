package org.laborbridge.cooperation;

import java.time.LocalDate;
import java.util.Set;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.RegionLevel;

/**
 * A partner region as other modules and the screens see it: the region (any level; a prefecture
 * covers its counties), the agreement, its period ({@code validTo} null while open-ended) and the
 * policies it switches on. {@code countiesCovered} counts today's county-level divisions inside.
 */
public record PartnerRegion(
        PartnerRegionId id,
        RegionCode code,
        String regionName,
        RegionLevel level,
        String agreementName,
        LocalDate validFrom,
        LocalDate validTo,
        Set<PartnerFlag> flags,
        String notes,
        int countiesCovered) {

    public PartnerRegion {
        flags = PartnerFlags.ordered(flags);
    }

    public boolean activeOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    public boolean has(PartnerFlag flag) {
        return flags.contains(flag);
    }
}
