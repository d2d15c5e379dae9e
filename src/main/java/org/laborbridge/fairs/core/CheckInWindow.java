package org.laborbridge.fairs.core;

import java.util.Optional;
import org.laborbridge.fairs.FairView;
import org.laborbridge.shared.Violation;

/**
 * People check in only at an on-site fair, on its own dates (its status is OPEN exactly then), and
 * never once it is cancelled.
 */
final class CheckInWindow {

    private CheckInWindow() {}

    static Optional<Violation> refusal(FairView fair) {
        if (!fair.onSite()) {
            return refuse("NOT_ON_SITE");
        }
        return switch (fair.status()) {
            case CANCELLED -> refuse("CANCELLED");
            case FINISHED -> refuse("FINISHED");
            case PLANNED -> refuse("NOT_STARTED");
            case OPEN -> Optional.empty();
        };
    }

    private static Optional<Violation> refuse(String code) {
        return Optional.of(Violation.of("fair", code, "invalid.fair." + code));
    }
}
