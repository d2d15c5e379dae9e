package org.laborbridge.cooperation.api;

import java.time.LocalDate;
import java.util.Set;
import org.laborbridge.cooperation.PartnerFlag;
import org.laborbridge.cooperation.PartnerRegionCommand;

/** The body of a POST or PUT; every field is checked by the domain, which names each mistake. */
record PartnerRegionRequest(
        String regionCode,
        String agreementName,
        LocalDate validFrom,
        LocalDate validTo,
        Set<PartnerFlag> flags,
        String notes) {

    PartnerRegionCommand toCommand() {
        return new PartnerRegionCommand(regionCode, agreementName, validFrom, validTo, flags, notes);
    }
}
