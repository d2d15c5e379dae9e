package org.laborbridge.transport.trips;

import java.util.Optional;
import org.laborbridge.shared.Violation;

/**
 * A vehicle carries no more people than it has seats: the lines that take a seat (every one not
 * REMOVED) plus those being added must fit. The service holds the trip's row lock while it asks,
 * so two additions at once cannot both take the last seat.
 */
final class SeatCapacityRule {

    Optional<Violation> check(int seats, int taken, int adding) {
        if (taken + adding > seats) {
            return Optional.of(Refusals.violation("placement", "FULL", seats, Math.max(0, seats - taken)));
        }
        return Optional.empty();
    }

    /** Fewer seats than people already listed would leave someone standing at the gathering point. */
    Optional<Violation> checkSeatsChange(int seats, int taken) {
        if (seats < taken) {
            return Optional.of(Refusals.violation("seats", "BELOW_TRAVELLERS", taken));
        }
        return Optional.empty();
    }
}
