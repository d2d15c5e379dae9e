package org.laborbridge.fairs.core;

import java.util.Optional;
import org.laborbridge.fairs.FairView;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Role;
import org.laborbridge.shared.Violation;

/**
 * Sign-ups and employers are taken until a fair is over; a cancelled fair takes none. Bureau
 * caseworkers may still record them after the last day, because sheets filled in on paper at a
 * county venue reach the bureau afterwards; nobody else can add to a finished fair.
 */
final class SignUpWindow {

    private SignUpWindow() {}

    static Optional<Violation> refusal(FairView fair, Caller caller) {
        return switch (fair.status()) {
            case CANCELLED -> Optional.of(Violation.of("fair", "CANCELLED", "invalid.fair.CANCELLED"));
            case FINISHED ->
                entersRecords(caller)
                        ? Optional.empty()
                        : Optional.of(Violation.of("fair", "FINISHED", "invalid.fair.FINISHED"));
            case PLANNED, OPEN -> Optional.empty();
        };
    }

    static boolean entersRecords(Caller caller) {
        return caller.is(Role.ADMIN) || caller.is(Role.CASEWORKER);
    }
}
