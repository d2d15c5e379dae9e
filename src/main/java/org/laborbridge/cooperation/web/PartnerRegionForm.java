package org.laborbridge.cooperation.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.laborbridge.cooperation.PartnerFlag;
import org.laborbridge.cooperation.PartnerRegion;
import org.laborbridge.cooperation.PartnerRegionCommand;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.Violation;

/**
 * The partner region form as typed. Dates stay text until {@link #toCommand} so that a date the
 * browser let through badly is explained next to its field instead of failing the binding.
 */
record PartnerRegionForm(
        String regionCode,
        String agreementName,
        String validFrom,
        String validTo,
        Set<PartnerFlag> flags,
        String notes) {

    PartnerRegionForm {
        flags = flags == null ? Set.of() : Set.copyOf(flags);
    }

    static PartnerRegionForm empty() {
        return new PartnerRegionForm("", "", "", "", Set.of(), "");
    }

    static PartnerRegionForm of(PartnerRegion region) {
        return new PartnerRegionForm(
                region.code().value(),
                region.agreementName(),
                region.validFrom().toString(),
                region.validTo() == null ? "" : region.validTo().toString(),
                region.flags(),
                region.notes() == null ? "" : region.notes());
    }

    public boolean has(PartnerFlag flag) {
        return flags.contains(flag);
    }

    PartnerRegionCommand toCommand() {
        List<Violation> violations = new ArrayList<>();
        LocalDate from = date("validFrom", validFrom, violations);
        LocalDate to = date("validTo", validTo, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new PartnerRegionCommand(
                regionCode, agreementName, from, to, flags.isEmpty() ? Set.of() : EnumSet.copyOf(flags), notes);
    }

    private static LocalDate date(String field, String text, List<Violation> violations) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            violations.add(Violation.of(field, "FORMAT", "cooperation.invalid." + field + ".FORMAT"));
            return null;
        }
    }
}
