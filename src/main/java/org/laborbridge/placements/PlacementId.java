package org.laborbridge.placements;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.laborbridge.shared.Identifiers;

/** How other modules refer to a placement (a hire). */
public record PlacementId(UUID value) {

    public PlacementId {
        Objects.requireNonNull(value, "value");
    }

    public static PlacementId random() {
        return new PlacementId(Identifiers.timeOrdered());
    }

    public static Optional<PlacementId> parse(String text) {
        return Identifiers.parse(text).map(PlacementId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
