package org.laborbridge.fairs;

import java.time.LocalDate;
import org.laborbridge.shared.RegionCode;

/** A fair as every signed-in user may see it; {@code status} is as of the day it was read. */
public record FairView(
        FairId id,
        String name,
        FairKind kind,
        Campaign campaign,
        String theme,
        RegionCode hostRegion,
        String hostRegionName,
        String venue,
        LocalDate startsOn,
        LocalDate endsOn,
        TargetGroup target,
        FairStatus status) {

    /** People may still apply through the fair on {@code day}: it is neither cancelled nor over. */
    public boolean acceptsApplicationsOn(LocalDate day) {
        return status != FairStatus.CANCELLED && !day.isAfter(endsOn);
    }

    public boolean onSite() {
        return kind == FairKind.ON_SITE;
    }
}
