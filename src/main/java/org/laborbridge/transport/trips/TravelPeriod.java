package org.laborbridge.transport.trips;

import java.time.Instant;
import java.util.Objects;

/** A trip's planned [departure, arrival], both instants included, as the overlap rule compares them. */
record TravelPeriod(Instant departure, Instant arrival) {

    TravelPeriod {
        Objects.requireNonNull(departure, "departure");
        Objects.requireNonNull(arrival, "arrival");
        if (!arrival.isAfter(departure)) {
            throw new IllegalArgumentException("A trip arrives after it departs");
        }
    }

    boolean overlaps(TravelPeriod other) {
        return !departure.isAfter(other.arrival) && !other.departure.isAfter(arrival);
    }
}
