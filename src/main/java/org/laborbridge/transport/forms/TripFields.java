package org.laborbridge.transport.forms;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.stream.Collectors;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.transport.TransportMode;
import org.laborbridge.transport.TripForm;
import org.laborbridge.transport.TripView;

/**
 * The trip form as typed, on the page and in the API alike: every value is text until
 * {@link #toForm()} reads it, so a cost of "abc" or "-5" is refused under {@code totalCost} rather
 * than failing the request. Times are the bureau's wall-clock times, as a datetime-local input
 * sends them; the cost is in yuan; destinations are region codes separated by spaces or commas.
 */
public record TripFields(
        String mode,
        String operator,
        String vehicleNo,
        String origin,
        String gatheringPoint,
        String destinations,
        String plannedDeparture,
        String plannedArrival,
        String seats,
        String totalCost,
        String batchNo) {

    public static TripFields blank() {
        return new TripFields(TransportMode.BUS.name(), null, null, null, null, null, null, null, null, null, null);
    }

    public static TripFields of(TripView trip) {
        return new TripFields(
                trip.mode().name(),
                trip.operator(),
                trip.vehicleNo(),
                trip.origin().value(),
                trip.gatheringPoint(),
                trip.destinations().stream().map(RegionCode::value).collect(Collectors.joining(" ")),
                localInput(trip.plannedDeparture()),
                localInput(trip.plannedArrival()),
                String.valueOf(trip.seats()),
                trip.totalCost() == null ? null : trip.totalCost().toYuanString(),
                String.valueOf(trip.batchNo()));
    }

    /** Refuses every malformed field at once; the service then refuses what is missing or wrong. */
    public TripForm toForm() {
        TypedFields typed = new TypedFields();
        TripForm form = new TripForm(
                typed.choice(TransportMode.class, mode, "mode"),
                operator,
                vehicleNo,
                typed.region(origin, "origin"),
                gatheringPoint,
                typed.regions(destinations, "destinations"),
                typed.time(plannedDeparture, "plannedDeparture"),
                typed.time(plannedArrival, "plannedArrival"),
                typed.number(seats, "seats"),
                typed.totalCost(totalCost),
                typed.number(batchNo, "batchNo"));
        typed.check();
        return form;
    }

    /** What a datetime-local input shows: minutes in the bureau's zone. */
    public static String localInput(Instant at) {
        return at == null
                ? null
                : LocalDateTime.ofInstant(at, BureauTime.ZONE)
                        .truncatedTo(ChronoUnit.MINUTES)
                        .toString();
    }
}
