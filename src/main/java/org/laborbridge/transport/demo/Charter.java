package org.laborbridge.transport.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.placements.PlacementId;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.transport.TransportMode;
import org.laborbridge.workers.WorkerHousehold;

/**
 * One chartered vehicle that made its journey, before it is numbered into a batch: where it left
 * from, when, what it cost and whom it took to which employer. All trips of the demo are in the
 * past and handed over.
 */
record Charter(
        TransportMode mode,
        String origin,
        String gatheringPoint,
        String operator,
        String vehicleNo,
        LocalDateTime departure,
        LocalDateTime arrival,
        int seats,
        Money cost,
        List<Seat> travellers) {

    Charter {
        travellers = List.copyOf(travellers);
        if (travellers.size() > seats) {
            throw new IllegalArgumentException(vehicleNo + " carries more people than it has seats");
        }
    }

    LocalDate day() {
        return departure.toLocalDate();
    }

    /** Where the vehicle drops its people: the counties of their places of work, in order of first use. */
    List<RegionCode> destinations() {
        return travellers.stream()
                .map(seat -> seat.workplace().region())
                .distinct()
                .toList();
    }

    /** A traveller and where they go; {@code placement} is null for hires from before the platform. */
    record Seat(WorkerHousehold traveller, Workplace workplace, PlacementId placement) {}

    /** An employer's place of work in Jinan and the HR person who receives new hires there. */
    record Workplace(EmployerId employer, String employerName, RegionCode region, String address, String receivedBy) {}
}
