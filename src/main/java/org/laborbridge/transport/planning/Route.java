package org.laborbridge.transport.planning;

import java.util.Comparator;
import java.util.Objects;
import org.laborbridge.shared.RegionCode;

/** From a household county to the county of the employer: the travellers the planner may pool. */
public record Route(RegionCode origin, RegionCode destination) implements Comparable<Route> {

    private static final Comparator<Route> ORDER =
            Comparator.comparing((Route r) -> r.origin.value()).thenComparing(r -> r.destination.value());

    public Route {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(destination, "destination");
    }

    @Override
    public int compareTo(Route other) {
        return ORDER.compare(this, other);
    }
}
