package org.laborbridge.transport.planning;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.laborbridge.transport.TransportMode;

/** Which modes can serve a route: no airport or railway in a county rules flights or trains out. */
@FunctionalInterface
public interface ModeAvailability {

    Set<TransportMode> modesFor(Route route);

    static ModeAvailability everywhere() {
        return route -> EnumSet.allOf(TransportMode.class);
    }

    static ModeAvailability only(Set<TransportMode> modes) {
        Set<TransportMode> copy = Set.copyOf(modes);
        return route -> copy;
    }

    /** The listed routes get their own modes; every other route gets {@code otherwise}. */
    static ModeAvailability perRoute(Map<Route, Set<TransportMode>> modes, Set<TransportMode> otherwise) {
        Map<Route, Set<TransportMode>> copy = Map.copyOf(modes);
        Set<TransportMode> fallback = Set.copyOf(otherwise);
        return route -> copy.getOrDefault(route, fallback);
    }
}
