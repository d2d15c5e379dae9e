package org.laborbridge.subsidies;

import java.util.Objects;
import java.util.UUID;
import org.laborbridge.shared.Identifiers;

/** How other modules refer to a subsidy policy, whatever its version. */
public record PolicyId(UUID value) {

    public PolicyId {
        Objects.requireNonNull(value, "value");
    }

    public static PolicyId random() {
        return new PolicyId(Identifiers.timeOrdered());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
