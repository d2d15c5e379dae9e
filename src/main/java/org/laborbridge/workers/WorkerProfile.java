package org.laborbridge.workers;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.laborbridge.shared.Catalogue;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.InvalidValueException;
import org.laborbridge.shared.PhoneNumber;
import org.laborbridge.shared.Region;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.RegionDirectory;
import org.laborbridge.shared.RegionLevel;
import org.laborbridge.shared.ResidentId;
import org.laborbridge.shared.Violation;

/**
 * Everything a worker's record says, checked: a profile cannot exist with an invalid ID, a
 * household outside today's county list, or a job type that is not in the catalogue. Birth date
 * and sex are never typed: they are read from the ID.
 */
public record WorkerProfile(
        String name,
        ResidentId residentId,
        RegionCode householdCounty,
        PhoneNumber phone,
        boolean registeredPoor,
        String poorHouseholdNo,
        LaborCapacity laborCapacity,
        boolean willingToMigrate,
        Education education,
        List<String> skills,
        List<String> wantedJobs,
        Situation situation,
        String notes) {

    static final int MAX_NAME_LENGTH = 50;
    static final int MAX_POOR_HOUSEHOLD_NO_LENGTH = 40;
    static final int MAX_NOTES_LENGTH = 2000;

    /** Checks every field and reports every problem at once, or returns the profile. */
    public static WorkerProfile of(WorkerForm form) {
        List<Violation> violations = new ArrayList<>();
        String name = checkName(form.name(), violations);
        ResidentId residentId = check("residentId", () -> ResidentId.parse(required(form.residentId())), violations);
        RegionCode county = residentId == null ? null : householdCounty(form.householdRegion(), residentId, violations);
        PhoneNumber phone =
                blank(form.phone()) ? null : check("phone", () -> PhoneNumber.parse(form.phone()), violations);
        String poorHouseholdNo = checkLength(
                "poorHouseholdNo", trimmed(form.poorHouseholdNo()), MAX_POOR_HOUSEHOLD_NO_LENGTH, violations);
        String notes = checkLength("notes", trimmed(form.notes()), MAX_NOTES_LENGTH, violations);
        List<String> skills = codes("skills", Catalogue.skills(), form.skills(), violations);
        List<String> wantedJobs = codes("wantedJobs", Catalogue.jobTypes(), form.wantedJobs(), violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new WorkerProfile(
                name,
                residentId,
                county,
                phone,
                Boolean.TRUE.equals(form.registeredPoor()),
                poorHouseholdNo,
                form.laborCapacity() == null ? LaborCapacity.FULL : form.laborCapacity(),
                Boolean.TRUE.equals(form.willingToMigrate()),
                form.education(),
                skills,
                wantedJobs,
                form.situation() == null ? Situation.SEEKING : form.situation(),
                notes);
    }

    /** The county a household belongs to today when nobody says otherwise: where the ID was issued. */
    public static Optional<RegionCode> proposedHouseholdCounty(ResidentId residentId) {
        Region today = RegionDirectory.standard().currentSuccessor(RegionCode.of(residentId.regionOfIssue()));
        return today.level() == RegionLevel.COUNTY ? Optional.of(today.code()) : Optional.empty();
    }

    private static RegionCode householdCounty(String typed, ResidentId residentId, List<Violation> violations) {
        if (blank(typed)) {
            Optional<RegionCode> proposed = proposedHouseholdCounty(residentId);
            if (proposed.isEmpty()) {
                violations.add(
                        Violation.of("householdRegion", "REQUIRED", "invalid.householdRegion.REQUIRED_FOR_THIS_ID"));
            }
            return proposed.orElse(null);
        }
        RegionDirectory directory = RegionDirectory.standard();
        String text = typed.strip();
        Optional<Region> region = text.chars().allMatch(Character::isDigit)
                ? directory.find(RegionCode.of(text))
                : directory.findByName(text);
        if (region.isEmpty()) {
            violations.add(Violation.of("householdRegion", "UNKNOWN", "invalid.householdRegion.UNKNOWN", text));
            return null;
        }
        Region today = region.get().current()
                ? region.get()
                : directory.currentSuccessor(region.get().code());
        if (today.level() != RegionLevel.COUNTY) {
            violations.add(
                    Violation.of("householdRegion", "NOT_COUNTY", "invalid.householdRegion.NOT_COUNTY", today.name()));
            return null;
        }
        return today.code();
    }

    private static String checkName(String typed, List<Violation> violations) {
        String name = trimmed(typed);
        if (name == null) {
            violations.add(Violation.of("name", "REQUIRED", "invalid.field.REQUIRED"));
            return null;
        }
        return checkLength("name", name, MAX_NAME_LENGTH, violations);
    }

    private static String checkLength(String field, String value, int max, List<Violation> violations) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            violations.add(Violation.of(field, "LENGTH", "invalid.text.TOO_LONG", max));
            return null;
        }
        return value;
    }

    private static List<String> codes(
            String field, Catalogue catalogue, List<String> typed, List<Violation> violations) {
        LinkedHashSet<String> codes = new LinkedHashSet<>();
        for (String entry : typed) {
            if (blank(entry)) {
                continue;
            }
            catalogue
                    .find(entry)
                    .ifPresentOrElse(
                            found -> codes.add(found.code()),
                            () -> violations.add(
                                    Violation.of(field, "UNKNOWN", "invalid." + field + ".UNKNOWN", entry.strip())));
        }
        return List.copyOf(codes);
    }

    private static <T> T check(String field, Supplier<T> parse, List<Violation> violations) {
        try {
            return parse.get();
        } catch (InvalidValueException invalid) {
            violations.add(Violation.of(field, invalid));
            return null;
        }
    }

    private static String required(String value) {
        if (blank(value)) {
            throw new InvalidValueException("field", "REQUIRED");
        }
        return value;
    }

    private static String trimmed(String value) {
        return blank(value) ? null : value.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
