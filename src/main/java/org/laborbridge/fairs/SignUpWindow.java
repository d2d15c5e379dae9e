package org.laborbridge.fairs;

import java.util.Optional;
import org.laborbridge.shared.Violation;

/** Sign-ups are taken until a fair is over; a cancelled fair takes none. */
final class SignUpWindow {

    private SignUpWindow() {}

    static Optional<Violation> refusal(FairView fair) {
        return switch (fair.status()) {
            case CANCELLED -> Optional.of(Violation.of("fair", "CANCELLED", "invalid.fair.CANCELLED"));
            case FINISHED -> Optional.of(Violation.of("fair", "FINISHED", "invalid.fair.FINISHED"));
            case PLANNED, OPEN -> Optional.empty();
        };
    }
}
