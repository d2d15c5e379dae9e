package org.laborbridge.transport.trips;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.RegionDirectory;
import org.laborbridge.shared.Violation;
import org.laborbridge.transport.TransportMode;
import org.laborbridge.transport.TripForm;

/**
 * What a caseworker planned for one vehicle, checked field by field: a mode, a known origin and
 * destinations, arrival after departure and within a week of it, a departure not on a past day nor
 * more than two years ahead (so no date the database cannot store gets that far), seats a vehicle can have
 * and a cost that is there (never negative: {@link Money} cannot be).
 */
record TripDetails(
        TransportMode mode,
        String operator,
        String vehicleNo,
        RegionCode origin,
        String gatheringPoint,
        List<RegionCode> destinations,
        TravelPeriod planned,
        int seats,
        Money totalCost) {

    static final int MAX_SEATS = TripForm.MAX_SEATS;
    static final int MAX_DESTINATIONS = TripForm.MAX_DESTINATIONS;
    static final int MAX_OPERATOR = 200;
    static final int MAX_VEHICLE_NO = 50;
    static final int MAX_GATHERING_POINT = 500;
    /** Charters are booked weeks ahead, not years: a farther date is a typing slip (or 20256). */
    static final int MAX_YEARS_AHEAD = 2;
    /** The longest journey in the country by road takes days, not a week. */
    static final int MAX_DAYS_ON_THE_ROAD = 7;

    TripDetails {
        destinations = List.copyOf(destinations);
    }

    static TripDetails of(TripForm form, RegionDirectory directory, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        if (form.mode() == null) {
            violations.add(Refusals.violation("mode", "REQUIRED"));
        }
        length(form.operator(), "operator", MAX_OPERATOR, violations);
        length(form.vehicleNo(), "vehicleNo", MAX_VEHICLE_NO, violations);
        length(form.gatheringPoint(), "gatheringPoint", MAX_GATHERING_POINT, violations);
        if (form.origin() == null) {
            violations.add(Refusals.violation("origin", "REQUIRED"));
        } else if (!directory.everExisted(form.origin().value())) {
            violations.add(Refusals.violation("origin", "UNKNOWN", form.origin().value()));
        }
        List<RegionCode> destinations = new ArrayList<>(new LinkedHashSet<>(form.destinations()));
        destinations.removeIf(Objects::isNull);
        if (destinations.isEmpty()) {
            violations.add(Refusals.violation("destinations", "REQUIRED"));
        } else if (destinations.size() > MAX_DESTINATIONS) {
            violations.add(Refusals.violation("destinations", "TOO_MANY", MAX_DESTINATIONS));
        }
        destinations.stream()
                .filter(code -> !directory.everExisted(code.value()))
                .findFirst()
                .ifPresent(code -> violations.add(Refusals.violation("destinations", "UNKNOWN", code.value())));
        if (form.plannedDeparture() == null) {
            violations.add(Refusals.violation("plannedDeparture", "REQUIRED"));
        } else if (form.plannedDeparture().toLocalDate().isBefore(today)) {
            violations.add(Refusals.violation("plannedDeparture", "PAST", today.toString()));
        } else if (form.plannedDeparture().toLocalDate().isAfter(today.plusYears(MAX_YEARS_AHEAD))) {
            violations.add(Refusals.violation(
                    "plannedDeparture",
                    "TOO_FAR",
                    today.plusYears(MAX_YEARS_AHEAD).toString()));
        }
        if (form.plannedArrival() == null) {
            violations.add(Refusals.violation("plannedArrival", "REQUIRED"));
        } else if (form.plannedDeparture() != null && !form.plannedArrival().isAfter(form.plannedDeparture())) {
            violations.add(Refusals.violation("plannedArrival", "NOT_AFTER_DEPARTURE"));
        } else if (form.plannedDeparture() != null
                && form.plannedArrival().isAfter(form.plannedDeparture().plusDays(MAX_DAYS_ON_THE_ROAD))) {
            violations.add(Refusals.violation("plannedArrival", "TOO_LONG", MAX_DAYS_ON_THE_ROAD));
        }
        if (form.seats() == null) {
            violations.add(Refusals.violation("seats", "REQUIRED"));
        } else if (form.seats() < 1 || form.seats() > MAX_SEATS) {
            violations.add(Refusals.violation("seats", "RANGE", 1, MAX_SEATS));
        }
        if (form.totalCost() == null) {
            violations.add(Refusals.violation("totalCost", "REQUIRED"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new TripDetails(
                form.mode(),
                blankToNull(form.operator()),
                blankToNull(form.vehicleNo()),
                form.origin(),
                blankToNull(form.gatheringPoint()),
                destinations,
                new TravelPeriod(instant(form.plannedDeparture()), instant(form.plannedArrival())),
                form.seats(),
                form.totalCost());
    }

    /** Whether a place of work lies in one of the counties or prefectures the vehicle drops people in. */
    boolean servesWorkRegion(RegionCode workRegion, RegionDirectory directory) {
        return destinations.stream()
                .anyMatch(destination -> destination.equals(workRegion) || directory.contains(destination, workRegion));
    }

    private static Instant instant(LocalDateTime wallClock) {
        return wallClock.atZone(BureauTime.ZONE).toInstant();
    }

    private static void length(String text, String field, int max, List<Violation> violations) {
        if (text != null && text.strip().length() > max) {
            violations.add(Refusals.violation(field, "LENGTH", max));
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
