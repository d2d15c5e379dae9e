package org.laborbridge.workers;

import java.util.Objects;
import java.util.UUID;
import org.laborbridge.shared.Identifiers;

/** How other modules refer to a worker: by identity, never by holding the record. */
public record WorkerId(UUID value) {

    public WorkerId {
        Objects.requireNonNull(value, "value");
    }

    public static WorkerId random() {
        return new WorkerId(Identifiers.timeOrdered());
    }

    public static java.util.Optional<WorkerId> parse(String text) {
        return Identifiers.parse(text).map(WorkerId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
