package org.laborbridge.transport.trips;

import java.util.Optional;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.shared.Violation;

/**
 * On arrival a traveller is handed over only to the enterprise that hired them, and someone there
 * must be named as having received them: the point-to-point promise ends at that employer's door.
 */
final class HandOverRule {

    static final int MAX_RECEIVER_LENGTH = 100;

    Optional<Violation> check(EmployerId hiredBy, EmployerId receiving, String receivedBy) {
        if (receiving == null) {
            return Optional.of(Refusals.violation("employer", "REQUIRED"));
        }
        if (!receiving.equals(hiredBy)) {
            return Optional.of(Refusals.violation("employer", "NOT_THE_EMPLOYER"));
        }
        if (receivedBy == null || receivedBy.isBlank()) {
            return Optional.of(Refusals.violation("receivedBy", "REQUIRED"));
        }
        if (receivedBy.strip().length() > MAX_RECEIVER_LENGTH) {
            return Optional.of(Refusals.violation("receivedBy", "LENGTH", MAX_RECEIVER_LENGTH));
        }
        return Optional.empty();
    }
}
