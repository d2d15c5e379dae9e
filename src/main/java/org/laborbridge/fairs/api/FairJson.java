package org.laborbridge.fairs.api;

import java.time.LocalDate;
import org.laborbridge.fairs.Campaign;
import org.laborbridge.fairs.FairKind;
import org.laborbridge.fairs.FairStatus;
import org.laborbridge.fairs.FairView;
import org.laborbridge.fairs.TargetGroup;
import org.laborbridge.workers.RegionRef;

/** A fair as the API shows it; {@code status} as of today on the bureau's calendar. */
record FairJson(
        String id,
        String name,
        FairKind kind,
        Campaign campaign,
        String theme,
        RegionRef hostRegion,
        String venue,
        LocalDate startsOn,
        LocalDate endsOn,
        TargetGroup target,
        FairStatus status) {

    static FairJson of(FairView fair) {
        return new FairJson(
                fair.id().toString(),
                fair.name(),
                fair.kind(),
                fair.campaign(),
                fair.theme(),
                new RegionRef(fair.hostRegion().value(), fair.hostRegionName()),
                fair.venue(),
                fair.startsOn(),
                fair.endsOn(),
                fair.target(),
                fair.status());
    }
}
