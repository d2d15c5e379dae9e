package org.laborbridge.fairs;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.laborbridge.shared.Identifiers;

/** How other modules refer to a worker's application to a job posting. */
public record ApplicationId(UUID value) {

    public ApplicationId {
        Objects.requireNonNull(value, "value");
    }

    public static ApplicationId random() {
        return new ApplicationId(Identifiers.timeOrdered());
    }

    public static Optional<ApplicationId> parse(String text) {
        return Identifiers.parse(text).map(ApplicationId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
