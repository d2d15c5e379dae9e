package org.laborbridge.workshops;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

public record WorkshopId(UUID value) {

    public WorkshopId {
        Objects.requireNonNull(value, "value");
    }

    public static WorkshopId random() {
        return new WorkshopId(UUID.randomUUID());
    }

    public static Optional<WorkshopId> parse(String text) {
        try {
            return Optional.of(new WorkshopId(UUID.fromString(text)));
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
