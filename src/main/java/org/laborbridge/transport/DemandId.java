package org.laborbridge.transport;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.laborbridge.shared.Identifiers;

/** How pages refer to one traveller's transport demand. */
public record DemandId(UUID value) {

    public DemandId {
        Objects.requireNonNull(value, "value");
    }

    public static DemandId random() {
        return new DemandId(Identifiers.timeOrdered());
    }

    public static Optional<DemandId> parse(String text) {
        return Identifiers.parse(text).map(DemandId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
