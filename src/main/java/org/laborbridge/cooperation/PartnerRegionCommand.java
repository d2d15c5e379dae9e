package org.laborbridge.cooperation;

import java.time.LocalDate;
import java.util.Set;

/**
 * What an administrator enters to register or change a partner region. The region code stays
 * text so that a mistyped one is explained under this field like every other mistake.
 */
public record PartnerRegionCommand(
        String regionCode,
        String agreementName,
        LocalDate validFrom,
        LocalDate validTo,
        Set<PartnerFlag> flags,
        String notes) {

    public PartnerRegionCommand {
        flags = flags == null ? Set.of() : Set.copyOf(flags);
    }
}
