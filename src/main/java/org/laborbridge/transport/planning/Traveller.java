package org.laborbridge.transport.planning;

import java.util.Objects;
import java.util.UUID;
import org.laborbridge.shared.RegionCode;

/**
 * Someone who needs transport. The id is opaque to the planner (a worker's or a demand line's id),
 * so the planner depends on no other module.
 */
public record Traveller(UUID id, Route route, TravelWindow window) {

    public Traveller {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(window, "window");
    }

    public static Traveller of(UUID id, RegionCode origin, RegionCode destination, TravelWindow window) {
        return new Traveller(id, new Route(origin, destination), window);
    }
}
