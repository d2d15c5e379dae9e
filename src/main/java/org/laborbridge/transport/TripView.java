package org.laborbridge.transport;

import java.time.Instant;
import java.util.List;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.RegionCode;

/**
 * A trip as pages, API and other modules see it. {@code batchRegion} is the partner region covering
 * the origin when the trip was planned (else the origin's prefecture): batches are numbered per
 * batch region and {@code batchYear}. {@code travellers} counts the lines that take a seat (not
 * REMOVED); {@code departedAt}/{@code arrivedAt} are the actual times once recorded.
 */
public record TripView(
        TripId id,
        RegionCode batchRegion,
        String batchRegionName,
        int batchYear,
        int batchNo,
        TransportMode mode,
        String operator,
        String vehicleNo,
        RegionCode origin,
        String originName,
        String gatheringPoint,
        List<RegionCode> destinations,
        List<String> destinationNames,
        Instant plannedDeparture,
        Instant plannedArrival,
        Instant departedAt,
        Instant arrivedAt,
        int seats,
        int travellers,
        Money totalCost,
        TripStatus status,
        String cancelReason,
        List<TripStep> steps) {

    public TripView {
        destinations = List.copyOf(destinations);
        destinationNames = List.copyOf(destinationNames);
        steps = List.copyOf(steps);
    }

    public int freeSeats() {
        return Math.max(0, seats - travellers);
    }
}
