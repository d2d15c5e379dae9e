package org.laborbridge.transport;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.laborbridge.shared.Identifiers;

/** How other modules refer to a point-to-point trip (one vehicle). */
public record TripId(UUID value) {

    public TripId {
        Objects.requireNonNull(value, "value");
    }

    public static TripId random() {
        return new TripId(Identifiers.timeOrdered());
    }

    public static Optional<TripId> parse(String text) {
        return Identifiers.parse(text).map(TripId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
