package org.laborbridge.transport.demand;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.placements.PlacementId;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.Violation;
import org.laborbridge.transport.DemandId;
import org.laborbridge.transport.DemandStatus;
import org.laborbridge.transport.TripId;
import org.laborbridge.transport.planning.TravelWindow;
import org.laborbridge.workers.WorkerId;

/**
 * The aggregate: one traveller's need to get from home to the job. People move it with
 * {@link #change} and {@link #cancel}, which refuse what the rules forbid; trips move it with
 * {@link #plannedOn}, {@link #released} and {@link #travelled}, which follow what already happened
 * on a manifest and therefore never refuse — a trip's step must not fail over its demand.
 */
final class TransportDemand {

    static final int MAX_GATHERING_POINT_LENGTH = 200;
    static final int MAX_NOTE_LENGTH = 1000;
    static final int MAX_REASON_LENGTH = 500;
    /** Why the platform itself cancelled a demand: the job it was for ended before anyone travelled. */
    static final String PLACEMENT_ENDED = "PLACEMENT_ENDED";

    private static final DemandWindowRule WINDOW = new DemandWindowRule();

    private final DemandId id;
    private final Terms terms;
    private LocalDate earliest;
    private LocalDate latest;
    private String gatheringPoint;
    private String note;
    private DemandStatus status;
    private TripId trip;
    private String cancelReason;
    private final int version;
    private final String createdBy;
    private final Instant createdAt;

    /** What the placement fixes: who travels, from where, to whom and where, before which day. */
    record Terms(
            PlacementId placement,
            WorkerId worker,
            String householdCounty,
            EmployerId employer,
            RegionCode workRegion,
            LocalDate startDate) {

        /** Within the home prefecture is local work: nobody charters a vehicle for it. */
        boolean isAway() {
            return !householdCounty.regionMatches(0, workRegion.value(), 0, 4);
        }
    }

    /** How a stored demand stands now. */
    record State(
            LocalDate earliest,
            LocalDate latest,
            String gatheringPoint,
            String note,
            DemandStatus status,
            TripId trip,
            String cancelReason,
            int version,
            String createdBy,
            Instant createdAt) {}

    private TransportDemand(DemandId id, Terms terms, State state) {
        this.id = id;
        this.terms = terms;
        this.earliest = state.earliest();
        this.latest = state.latest();
        this.gatheringPoint = state.gatheringPoint();
        this.note = state.note();
        this.status = state.status();
        this.trip = state.trip();
        this.cancelReason = state.cancelReason();
        this.version = state.version();
        this.createdBy = state.createdBy();
        this.createdAt = state.createdAt();
    }

    static TransportDemand restore(DemandId id, Terms terms, State state) {
        return new TransportDemand(id, terms, state);
    }

    /** Recorded by a person for a placement still to start. */
    static TransportDemand record(Terms terms, Details details, String by, Instant at, LocalDate today) {
        check(details, terms.startDate(), today);
        return new TransportDemand(
                DemandId.random(),
                terms,
                new State(
                        details.earliest(),
                        details.latest(),
                        blankToNull(details.gatheringPoint()),
                        blankToNull(details.note()),
                        DemandStatus.OPEN,
                        null,
                        null,
                        0,
                        by,
                        at));
    }

    /**
     * Opened by the platform for a hire away from home: the week before the start, from today if
     * that week has begun. Nothing when the hire is local or the week is already over.
     */
    static Optional<TransportDemand> forHire(Terms terms, String by, Instant at, LocalDate today) {
        if (!terms.isAway()) {
            return Optional.empty();
        }
        return TravelWindow.weekBefore(terms.startDate())
                .fromToday(today)
                .map(window -> new TransportDemand(
                        DemandId.random(),
                        terms,
                        new State(
                                window.earliest(),
                                window.latest(),
                                null,
                                null,
                                DemandStatus.OPEN,
                                null,
                                null,
                                0,
                                by,
                                at)));
    }

    /** A new window, gathering point and note, while nobody has put the traveller on a trip. */
    void change(Details details, LocalDate today) {
        requireOpen();
        check(details, terms.startDate(), today);
        earliest = details.earliest();
        latest = details.latest();
        gatheringPoint = blankToNull(details.gatheringPoint());
        note = blankToNull(details.note());
    }

    /** OPEN → CANCELLED; a planned traveller comes off the trip first, which reopens the demand. */
    void cancel(String reason) {
        requireOpen();
        if (reason == null || reason.isBlank()) {
            throw DemandRefusals.refused("reason", "REQUIRED");
        }
        if (reason.strip().length() > MAX_REASON_LENGTH) {
            throw DemandRefusals.refused("reason", "LENGTH", MAX_REASON_LENGTH);
        }
        status = DemandStatus.CANCELLED;
        cancelReason = reason.strip();
    }

    /** The traveller is on a trip's manifest. Already planned elsewhere: the first trip keeps it. */
    boolean plannedOn(TripId listedOn) {
        if (status != DemandStatus.OPEN) {
            return false;
        }
        status = DemandStatus.PLANNED;
        trip = listedOn;
        return true;
    }

    /** Taken off that trip, or the trip was called off: waiting for transport again. */
    boolean released(TripId from) {
        if (status != DemandStatus.PLANNED || !from.equals(trip)) {
            return false;
        }
        status = DemandStatus.OPEN;
        trip = null;
        return true;
    }

    /** Handed over to the employer: carried, whether or not the demand had been planned on that trip. */
    boolean travelled(TripId on) {
        if (status != DemandStatus.OPEN && status != DemandStatus.PLANNED) {
            return false;
        }
        status = DemandStatus.TRAVELLED;
        trip = on;
        return true;
    }

    /** The job ended before the journey: nobody is waiting any more. */
    boolean placementEnded() {
        if (status != DemandStatus.OPEN) {
            return false;
        }
        status = DemandStatus.CANCELLED;
        cancelReason = PLACEMENT_ENDED;
        return true;
    }

    private void requireOpen() {
        if (status != DemandStatus.OPEN) {
            throw DemandRefusals.refused("status", "INVALID_TRANSITION", status.name());
        }
    }

    private static void check(Details details, LocalDate startDate, LocalDate today) {
        List<Violation> violations =
                new ArrayList<>(WINDOW.check(details.earliest(), details.latest(), startDate, today));
        if (details.gatheringPoint() != null
                && details.gatheringPoint().strip().length() > MAX_GATHERING_POINT_LENGTH) {
            violations.add(DemandRefusals.violation("gatheringPoint", "LENGTH", MAX_GATHERING_POINT_LENGTH));
        }
        if (details.note() != null && details.note().strip().length() > MAX_NOTE_LENGTH) {
            violations.add(DemandRefusals.violation("note", "LENGTH", MAX_NOTE_LENGTH));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** What a person fills in: the window, where to be picked up, and a note. */
    record Details(LocalDate earliest, LocalDate latest, String gatheringPoint, String note) {}

    DemandId id() {
        return id;
    }

    Terms terms() {
        return terms;
    }

    State state() {
        return new State(
                earliest, latest, gatheringPoint, note, status, trip, cancelReason, version, createdBy, createdAt);
    }

    DemandStatus status() {
        return status;
    }

    DemandAccess.Reach reach() {
        return new DemandAccess.Reach(
                terms.householdCounty(),
                terms.employer().value(),
                terms.worker().value());
    }
}
