package org.laborbridge.employers;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.laborbridge.shared.Identifiers;

/** How other modules refer to a job posting: by identity, never by holding the record. */
public record JobPostingId(UUID value) {

    public JobPostingId {
        Objects.requireNonNull(value, "value");
    }

    public static JobPostingId random() {
        return new JobPostingId(Identifiers.timeOrdered());
    }

    public static Optional<JobPostingId> parse(String text) {
        return Identifiers.parse(text).map(JobPostingId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
