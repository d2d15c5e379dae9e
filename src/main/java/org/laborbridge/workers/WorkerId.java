package org.laborbridge.workers;

import java.util.Objects;
import java.util.UUID;

/** How other modules refer to a worker: by identity, never by holding the record. */
public record WorkerId(UUID value) {

    public WorkerId {
        Objects.requireNonNull(value, "value");
    }

    public static WorkerId random() {
        return new WorkerId(UUID.randomUUID());
    }

    /** Parses a path or form value; a malformed id is simply a worker that does not exist. */
    public static java.util.Optional<WorkerId> parse(String text) {
        try {
            return java.util.Optional.of(new WorkerId(UUID.fromString(text)));
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
