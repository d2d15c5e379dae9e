package org.laborbridge.cooperation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.InvalidValueException;
import org.laborbridge.shared.Region;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.RegionDirectory;
import org.laborbridge.shared.Violation;

/**
 * Everything a partner region's agreement says, already checked: only {@link #of} makes one, so
 * a {@link Partnership} can never hold terms that break a rule.
 */
record AgreementTerms(
        Region region, String agreementName, AgreementPeriod period, Set<PartnerFlag> flags, String notes) {

    static final int MAX_NAME_LENGTH = 200;
    static final int MAX_NOTES_LENGTH = 2000;

    AgreementTerms {
        flags = PartnerFlags.ordered(flags);
    }

    /** Checks every field and reports all mistakes at once, each under the field it concerns. */
    static AgreementTerms of(PartnerRegionCommand command, RegionDirectory directory) {
        List<Violation> violations = new ArrayList<>();
        Region region = region(command.regionCode(), directory, violations);
        String name = trimmed(command.agreementName());
        if (name == null) {
            violations.add(violation("agreementName", "REQUIRED"));
        } else if (name.length() > MAX_NAME_LENGTH) {
            violations.add(violation("agreementName", "LENGTH", String.valueOf(MAX_NAME_LENGTH)));
        }
        if (command.validFrom() == null) {
            violations.add(violation("validFrom", "REQUIRED"));
        } else if (!AgreementPeriod.isValid(command.validFrom(), command.validTo())) {
            violations.add(violation("validTo", "PERIOD", command.validFrom().toString()));
        }
        String notes = trimmed(command.notes());
        if (notes != null && notes.length() > MAX_NOTES_LENGTH) {
            violations.add(violation("notes", "LENGTH", String.valueOf(MAX_NOTES_LENGTH)));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new AgreementTerms(
                region, name, new AgreementPeriod(command.validFrom(), command.validTo()), command.flags(), notes);
    }

    /** Agreements are made with today's divisions; a retired code names the one that replaced it. */
    private static Region region(String code, RegionDirectory directory, List<Violation> violations) {
        if (trimmed(code) == null) {
            violations.add(violation("regionCode", "REQUIRED"));
            return null;
        }
        RegionCode regionCode;
        try {
            regionCode = RegionCode.of(code);
        } catch (InvalidValueException e) {
            violations.add(violation("regionCode", "FORMAT", code.strip()));
            return null;
        }
        Region region = directory.find(regionCode).orElse(null);
        if (region == null) {
            violations.add(violation("regionCode", "UNKNOWN", regionCode.value()));
            return null;
        }
        if (!region.current()) {
            Region successor = directory.currentSuccessor(regionCode);
            violations.add(violation(
                    "regionCode",
                    "REGION",
                    regionCode.value(),
                    region.name(),
                    successor.code().value(),
                    successor.name()));
            return null;
        }
        return region;
    }

    static Violation violation(String field, String code, Object... arguments) {
        return Violation.of(field, code, "cooperation.invalid." + field + "." + code, arguments);
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
