package org.laborbridge.fairs.core;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.fairs.FairKind;
import org.laborbridge.shared.Violation;

/**
 * An on-site fair gives every employer a booth, and no two employers the same number (an employer
 * may keep or move its own). Online fairs have no booths. Numbers are compared as typed, without
 * surrounding spaces and with full-width characters narrowed, so "Ａ１２" is "A12".
 */
final class BoothRule {

    private BoothRule() {}

    static String normalise(String booth) {
        if (booth == null) {
            return null;
        }
        String narrowed = Normalizer.normalize(booth, Normalizer.Form.NFKC).strip();
        return narrowed.isEmpty() ? null : narrowed.toUpperCase(Locale.ROOT);
    }

    /** {@code taken} maps the fair's booth numbers to the employer holding each. */
    static Optional<Violation> refusal(
            FairKind kind, String booth, EmployerId employer, Map<String, EmployerId> taken) {
        if (kind == FairKind.ONLINE) {
            return Optional.empty();
        }
        if (booth == null) {
            return Optional.of(Violation.of("booth", "REQUIRED", "invalid.field.REQUIRED"));
        }
        if (booth.length() > 20) {
            return Optional.of(Violation.of("booth", "LENGTH", "invalid.field.LENGTH"));
        }
        EmployerId holder = taken.get(booth);
        if (holder != null && !holder.equals(employer)) {
            return Optional.of(Violation.of("booth", "TAKEN", "invalid.fair.booth.TAKEN", booth));
        }
        return Optional.empty();
    }
}
