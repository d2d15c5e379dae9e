package org.laborbridge.employers;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.laborbridge.shared.Identifiers;

/** How other modules refer to an enterprise: by identity, never by holding the record. */
public record EmployerId(UUID value) {

    public EmployerId {
        Objects.requireNonNull(value, "value");
    }

    public static EmployerId random() {
        return new EmployerId(Identifiers.timeOrdered());
    }

    public static Optional<EmployerId> parse(String text) {
        return Identifiers.parse(text).map(EmployerId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
