package org.laborbridge.cooperation.api;

import java.time.LocalDate;
import java.util.Set;
import org.laborbridge.cooperation.PartnerFlag;
import org.laborbridge.cooperation.PartnerRegion;
import org.laborbridge.shared.RegionLevel;

/** A partner region as the API shows it. */
record PartnerRegionJson(
        String id,
        String regionCode,
        String regionName,
        RegionLevel level,
        String agreementName,
        LocalDate validFrom,
        LocalDate validTo,
        Set<PartnerFlag> flags,
        String notes,
        int countiesCovered,
        boolean activeToday) {

    static PartnerRegionJson of(PartnerRegion region, LocalDate today) {
        return new PartnerRegionJson(
                region.id().toString(),
                region.code().value(),
                region.regionName(),
                region.level(),
                region.agreementName(),
                region.validFrom(),
                region.validTo(),
                region.flags(),
                region.notes(),
                region.countiesCovered(),
                region.activeOn(today));
    }
}
