package org.laborbridge.transport.me;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.shared.RecordNotFoundException;
import org.laborbridge.transport.ManifestLine;
import org.laborbridge.transport.TripView;
import org.laborbridge.transport.Trips;
import org.laborbridge.transport.WorkerTrip;
import org.laborbridge.workers.WorkerId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The worker's own trips for an app: what their phone page shows, next or latest first. */
@RestController
@Tag(name = "The worker's own", description = "For a signed-in WORKER only; anyone else gets 404")
class MyTripsApi {

    private final Trips trips;

    MyTripsApi(Trips trips) {
        this.trips = trips;
    }

    @GetMapping("/api/v1/me/trips")
    @Operation(
            summary =
                    "The worker's trips, next or latest first: batch, vehicle, gathering point and time, planned"
                            + " arrival, the employer and work address, status, and after arrival to whom they were handed over")
    List<MyTripJson> trips() {
        Caller caller = Callers.current();
        if (!caller.is(Role.WORKER) || caller.workerId() == null) {
            throw new RecordNotFoundException("worker", caller.username());
        }
        return trips.ofWorker(new WorkerId(caller.workerId())).stream()
                .map(MyTripJson::of)
                .toList();
    }

    record MyTripJson(
            UUID trip,
            String batchRegion,
            String batchRegionName,
            int batchYear,
            int batchNo,
            String mode,
            String operator,
            String vehicleNo,
            String origin,
            String originName,
            String gatheringPoint,
            Instant plannedDeparture,
            Instant plannedArrival,
            Instant departedAt,
            Instant arrivedAt,
            String tripStatus,
            String status,
            String employer,
            String workAddress,
            String receivedBy,
            Instant handedOverAt) {

        static MyTripJson of(WorkerTrip mine) {
            TripView trip = mine.trip();
            ManifestLine line = mine.line();
            return new MyTripJson(
                    trip.id().value(),
                    trip.batchRegion().value(),
                    trip.batchRegionName(),
                    trip.batchYear(),
                    trip.batchNo(),
                    trip.mode().name(),
                    trip.operator(),
                    trip.vehicleNo(),
                    trip.origin().value(),
                    trip.originName(),
                    trip.gatheringPoint(),
                    trip.plannedDeparture(),
                    trip.plannedArrival(),
                    trip.departedAt(),
                    trip.arrivedAt(),
                    trip.status().name(),
                    line.status().name(),
                    line.employerName(),
                    line.workAddress(),
                    line.receivedBy(),
                    line.handedOverAt());
        }
    }
}
