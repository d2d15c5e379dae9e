package org.laborbridge.transport.planner;

import java.util.Objects;
import org.laborbridge.transport.DemandView;

/**
 * A demand the planner could not put on a vehicle and why, so the caseworker knows what to do:
 * {@link #WINDOW_PASSED} — every day of its window is over, move the window; {@link #NO_MODE} —
 * no mode of transport serves its route within the window, plan it by hand.
 */
public record UnplannedDemand(DemandView demand, String reason) {

    public static final String WINDOW_PASSED = "WINDOW_PASSED";
    public static final String NO_MODE = "NO_MODE";

    public UnplannedDemand {
        Objects.requireNonNull(demand, "demand");
        Objects.requireNonNull(reason, "reason");
    }
}
