package org.laborbridge.cooperation;

import java.time.LocalDate;
import java.util.Set;
import org.laborbridge.shared.RegionCode;

/** A region became a partner under an agreement. */
public record PartnerRegionRegistered(
        PartnerRegionId id,
        RegionCode code,
        String agreementName,
        LocalDate validFrom,
        LocalDate validTo,
        Set<PartnerFlag> flags) {}
