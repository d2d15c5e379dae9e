package org.laborbridge.transport.planning;

import java.time.LocalDate;
import java.util.List;
import org.laborbridge.shared.Money;

/**
 * Why a route travels on a day the way it does. {@code mustTravel} is how many cannot wait any
 * longer (their window ends that day): the vehicles are bought for them, and the others fill the
 * spare seats. Options cover the modes available on the route, in {@code TransportMode} order.
 */
public record DepartureExplanation(
        Route route,
        LocalDate travelDay,
        int travellers,
        int mustTravel,
        Money cost,
        Money costPerPerson,
        List<ModeOption> options) {

    public DepartureExplanation {
        options = List.copyOf(options);
    }
}
