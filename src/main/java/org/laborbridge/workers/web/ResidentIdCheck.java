package org.laborbridge.workers.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.laborbridge.shared.InvalidValueException;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.RegionDirectory;
import org.laborbridge.shared.ResidentId;
import org.laborbridge.shared.Sex;
import org.laborbridge.workers.WorkerProfile;
import org.springframework.context.MessageSource;

/**
 * What the form tells a person about the ID they are typing: what it says about its holder, or
 * which part is wrong. {@code proposedCounty} is null when the issuing region is no county today.
 */
record ResidentIdCheck(
        boolean valid,
        String error,
        LocalDate birthDate,
        Sex sex,
        String issuedIn,
        String proposedCounty,
        String proposedCountyName) {

    static Optional<ResidentIdCheck> of(String typed, MessageSource messages, Locale locale) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(valid(ResidentId.parse(typed)));
        } catch (InvalidValueException invalid) {
            String error = messages.getMessage(invalid.messageKey(), null, invalid.messageKey(), locale);
            return Optional.of(new ResidentIdCheck(false, error, null, null, null, null, null));
        }
    }

    private static ResidentIdCheck valid(ResidentId id) {
        RegionDirectory directory = RegionDirectory.standard();
        String issuedIn = directory.require(RegionCode.of(id.regionOfIssue())).name();
        Optional<RegionCode> proposed = WorkerProfile.proposedHouseholdCounty(id);
        return new ResidentIdCheck(
                true,
                null,
                id.birthDate(),
                id.sex(),
                issuedIn,
                proposed.map(RegionCode::value).orElse(null),
                proposed.map(code -> directory.require(code).name()).orElse(null));
    }
}
