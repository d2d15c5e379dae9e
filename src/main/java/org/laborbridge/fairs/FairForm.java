package org.laborbridge.fairs;

import java.time.LocalDate;
import java.util.List;

/**
 * What a person enters to schedule or change a fair; checked by the service, which answers every
 * problem at once. {@code hostRegionCode} and {@code householdRegions} are GB/T 2260 codes.
 */
public record FairForm(
        String name,
        FairKind kind,
        Campaign campaign,
        String theme,
        String hostRegionCode,
        String venue,
        LocalDate startsOn,
        LocalDate endsOn,
        boolean registeredPoorOnly,
        boolean laborCapacityRequired,
        boolean willingToMigrateOnly,
        List<String> householdRegions) {

    public FairForm {
        householdRegions = householdRegions == null ? List.of() : List.copyOf(householdRegions);
    }
}
