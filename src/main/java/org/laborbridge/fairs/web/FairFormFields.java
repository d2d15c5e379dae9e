package org.laborbridge.fairs.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.laborbridge.fairs.Campaign;
import org.laborbridge.fairs.FairForm;
import org.laborbridge.fairs.FairKind;
import org.laborbridge.fairs.FairView;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The fair form as the page binds it: household regions typed as codes separated by spaces or
 * commas, dates from date inputs.
 */
record FairFormFields(
        String name,
        FairKind kind,
        Campaign campaign,
        String theme,
        String hostRegionCode,
        String venue,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
        boolean registeredPoorOnly,
        boolean laborCapacityRequired,
        boolean willingToMigrateOnly,
        String householdRegions) {

    static FairFormFields blank() {
        return new FairFormFields(
                null, FairKind.ON_SITE, Campaign.LOCAL, null, null, null, null, null, false, false, false, null);
    }

    static FairFormFields of(FairView fair) {
        return new FairFormFields(
                fair.name(),
                fair.kind(),
                fair.campaign(),
                fair.theme(),
                fair.hostRegion().value(),
                fair.venue(),
                fair.startsOn(),
                fair.endsOn(),
                fair.target().registeredPoorOnly(),
                fair.target().laborCapacityRequired(),
                fair.target().willingToMigrateOnly(),
                String.join(" ", fair.target().householdRegions()));
    }

    FairForm toForm() {
        List<String> households = householdRegions == null
                ? List.of()
                : Arrays.stream(householdRegions.split("[\\s,，、;；]+"))
                        .filter(code -> !code.isBlank())
                        .toList();
        return new FairForm(
                name,
                kind,
                campaign,
                theme,
                hostRegionCode,
                venue,
                startsOn,
                endsOn,
                registeredPoorOnly,
                laborCapacityRequired,
                willingToMigrateOnly,
                households);
    }
}
