package org.laborbridge.cooperation;

import java.util.Objects;
import java.util.UUID;
import org.laborbridge.shared.RecordNotFoundException;

/** Identifies a partner region's agreement; other modules keep this, never the record. */
public record PartnerRegionId(UUID value) {

    public PartnerRegionId {
        Objects.requireNonNull(value, "value");
    }

    static PartnerRegionId generate() {
        return new PartnerRegionId(UUID.randomUUID());
    }

    /** An id that is not even well formed was never handed out, so it is simply not found. */
    public static PartnerRegionId parse(String text) {
        try {
            return new PartnerRegionId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new RecordNotFoundException("partnerRegion", text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
