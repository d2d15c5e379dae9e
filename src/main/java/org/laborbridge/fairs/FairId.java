package org.laborbridge.fairs;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.laborbridge.shared.Identifiers;

/** How other modules refer to a fair: by identity, never by holding the record. */
public record FairId(UUID value) {

    public FairId {
        Objects.requireNonNull(value, "value");
    }

    public static FairId random() {
        return new FairId(Identifiers.timeOrdered());
    }

    public static Optional<FairId> parse(String text) {
        return Identifiers.parse(text).map(FairId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
