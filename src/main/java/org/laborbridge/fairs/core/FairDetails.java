package org.laborbridge.fairs.core;

import java.util.ArrayList;
import java.util.List;
import org.laborbridge.fairs.Campaign;
import org.laborbridge.fairs.FairForm;
import org.laborbridge.fairs.FairKind;
import org.laborbridge.fairs.TargetGroup;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.InvalidValueException;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.RegionDirectory;
import org.laborbridge.shared.Violation;

/** What a fair is, checked: everything of a fair except who scheduled or cancelled it. */
record FairDetails(
        String name,
        FairKind kind,
        Campaign campaign,
        String theme,
        RegionCode hostRegion,
        String venue,
        FairDates dates,
        TargetGroup target) {

    static final int MAX_TEXT = 200;

    /** Every problem of the form at once, under the form's field names. */
    static FairDetails of(FairForm form, RegionDirectory directory) {
        List<Violation> problems = new ArrayList<>();
        String name = text(form.name(), "name", true, problems);
        String theme = text(form.theme(), "theme", false, problems);
        String venue = text(form.venue(), "venue", false, problems);
        require(form.kind(), "kind", problems);
        require(form.campaign(), "campaign", problems);
        RegionCode host = region(form.hostRegionCode(), "hostRegionCode", directory, problems);
        List<String> households = new ArrayList<>();
        for (String code : form.householdRegions()) {
            RegionCode household = region(code, "householdRegions", directory, problems);
            if (household != null && !households.contains(household.value())) {
                households.add(household.value());
            }
        }
        require(form.startsOn(), "startsOn", problems);
        require(form.endsOn(), "endsOn", problems);
        if (form.startsOn() != null && form.endsOn() != null && form.endsOn().isBefore(form.startsOn())) {
            problems.add(Violation.of("endsOn", "BEFORE_START", "invalid.fair.endsOn.BEFORE_START"));
        }
        if (form.kind() == FairKind.ON_SITE && venue == null) {
            problems.add(Violation.of("venue", "REQUIRED", "invalid.field.REQUIRED"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new FairDetails(
                name,
                form.kind(),
                form.campaign(),
                theme,
                host,
                venue,
                new FairDates(form.startsOn(), form.endsOn()),
                new TargetGroup(
                        form.registeredPoorOnly(),
                        form.laborCapacityRequired(),
                        form.willingToMigrateOnly(),
                        households));
    }

    private static String text(String raw, String field, boolean required, List<Violation> problems) {
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) {
            if (required) {
                problems.add(Violation.of(field, "REQUIRED", "invalid.field.REQUIRED"));
            }
            return null;
        }
        if (value.length() > MAX_TEXT) {
            problems.add(Violation.of(field, "LENGTH", "invalid.field.LENGTH"));
        }
        return value;
    }

    private static void require(Object value, String field, List<Violation> problems) {
        if (value == null) {
            problems.add(Violation.of(field, "REQUIRED", "invalid.field.REQUIRED"));
        }
    }

    private static RegionCode region(String raw, String field, RegionDirectory directory, List<Violation> problems) {
        String code = raw == null ? "" : raw.strip();
        if (code.isEmpty()) {
            if ("hostRegionCode".equals(field)) {
                problems.add(Violation.of(field, "REQUIRED", "invalid.field.REQUIRED"));
            }
            return null;
        }
        try {
            RegionCode region = RegionCode.of(code);
            if (directory.find(region).isPresent()) {
                return region;
            }
        } catch (InvalidValueException notSixDigits) {
            // answered below like any code the directory does not know
        }
        problems.add(Violation.of(field, "UNKNOWN", "invalid.fair.region.UNKNOWN", code));
        return null;
    }
}
