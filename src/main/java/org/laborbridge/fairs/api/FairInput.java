package org.laborbridge.fairs.api;

import java.time.LocalDate;
import java.util.List;
import org.laborbridge.fairs.Campaign;
import org.laborbridge.fairs.FairForm;
import org.laborbridge.fairs.FairKind;

/** A fair to schedule or change; the target group's flags default to false. */
record FairInput(
        String name,
        FairKind kind,
        Campaign campaign,
        String theme,
        String hostRegion,
        String venue,
        LocalDate startsOn,
        LocalDate endsOn,
        Boolean registeredPoorOnly,
        Boolean laborCapacityRequired,
        Boolean willingToMigrateOnly,
        List<String> householdRegions) {

    FairForm toForm() {
        return new FairForm(
                name,
                kind,
                campaign,
                theme,
                hostRegion,
                venue,
                startsOn,
                endsOn,
                Boolean.TRUE.equals(registeredPoorOnly),
                Boolean.TRUE.equals(laborCapacityRequired),
                Boolean.TRUE.equals(willingToMigrateOnly),
                householdRegions);
    }
}
