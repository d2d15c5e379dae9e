package org.laborbridge.cooperation;

import java.time.LocalDate;
import java.util.Set;
import org.laborbridge.shared.RegionCode;

/** A partner region's agreement was changed; the record carries the terms as they are now. */
public record PartnerRegionChanged(
        PartnerRegionId id,
        RegionCode code,
        String agreementName,
        LocalDate validFrom,
        LocalDate validTo,
        Set<PartnerFlag> flags) {}
