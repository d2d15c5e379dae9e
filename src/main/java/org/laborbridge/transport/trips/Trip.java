package org.laborbridge.transport.trips;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.Violation;
import org.laborbridge.transport.CheckResult;
import org.laborbridge.transport.TravellerHandedOver;
import org.laborbridge.transport.TravellerListed;
import org.laborbridge.transport.TravellerMissedDeparture;
import org.laborbridge.transport.TravellerRemoved;
import org.laborbridge.transport.TravellerShare;
import org.laborbridge.transport.TravellerStatus;
import org.laborbridge.transport.TripArrived;
import org.laborbridge.transport.TripCancelled;
import org.laborbridge.transport.TripHandedOver;
import org.laborbridge.transport.TripId;
import org.laborbridge.transport.TripStatus;
import org.laborbridge.transport.TripStep;
import org.laborbridge.workers.WorkerId;

/**
 * The aggregate: one vehicle of a batch and its manifest. It moves only forward through its
 * verbs, each of which refuses what the rules forbid before it changes anything, records the step
 * (who, when, why) and the events the service publishes once the trip is stored.
 */
final class Trip {

    static final int MAX_NOTE_LENGTH = 500;
    static final int MAX_REASON_LENGTH = 500;

    private static final SeatCapacityRule SEATS = new SeatCapacityRule();
    private static final HandOverRule HAND_OVER = new HandOverRule();
    private static final CostSharing COST_SHARING = new CostSharing();

    private final TripId id;
    private Batch batch;
    private TripDetails details;
    private TripStatus status;
    private Instant departedAt;
    private Instant arrivedAt;
    private String cancelReason;
    private final List<TripStep> steps;
    private final List<Line> lines;
    private final List<Object> events = new ArrayList<>();

    /** How a stored trip stands. */
    record State(TripStatus status, Instant departedAt, Instant arrivedAt, String cancelReason) {}

    private Trip(TripId id, Batch batch, TripDetails details, State state, List<TripStep> steps, List<Line> lines) {
        this.id = id;
        this.batch = batch;
        this.details = details;
        this.status = state.status();
        this.departedAt = state.departedAt();
        this.arrivedAt = state.arrivedAt();
        this.cancelReason = state.cancelReason();
        this.steps = new ArrayList<>(steps);
        this.lines = new ArrayList<>(lines);
    }

    static Trip restore(
            TripId id, Batch batch, TripDetails details, State state, List<TripStep> steps, List<Line> lines) {
        return new Trip(id, batch, details, state, steps, lines);
    }

    static Trip plan(TripId id, Batch batch, TripDetails details, Actor actor) {
        Trip trip = new Trip(id, batch, details, new State(TripStatus.PLANNED, null, null, null), List.of(), List.of());
        trip.step(TripStatus.PLANNED, actor, null);
        return trip;
    }

    /**
     * New details while PLANNED. The vehicle must still seat everyone listed and still drop each of
     * them at their place of work; the new times are checked against the travellers' other trips
     * by the service, which knows them.
     */
    void change(Batch newBatch, TripDetails newDetails, Predicate<RegionCode> served) {
        if (status != TripStatus.PLANNED) {
            throw Refusals.refused("status", "NOT_PLANNED", Wording.of(status));
        }
        List<Violation> violations = new ArrayList<>();
        SEATS.checkSeatsChange(newDetails.seats(), seatsTaken()).ifPresent(violations::add);
        activeLines().stream()
                .map(line -> line.traveller().workRegion())
                .filter(region -> region != null && !served.test(region))
                .findFirst()
                .ifPresent(region ->
                        violations.add(Refusals.violation("destinations", "TRAVELLER_NOT_SERVED", region.value())));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        batch = newBatch;
        details = newDetails;
        activeLines().forEach(Line::touch);
    }

    /**
     * Lists a traveller. The caller has checked the placement (not LEFT, work place served) and the
     * worker's other trips; the trip checks what it knows: open manifest, once per worker, seats.
     */
    Line list(Line.Traveller traveller, boolean charterFullySubsidised, Actor actor) {
        requireManifestOpen();
        if (activeLine(traveller.worker()).isPresent()) {
            throw Refusals.refused("placement", "ALREADY_LISTED");
        }
        SEATS.check(details.seats(), seatsTaken(), 1).ifPresent(violation -> {
            throw new InvalidInputException(violation);
        });
        Line line = Line.listed(traveller, actor);
        line.flagCharter(charterFullySubsidised);
        lines.add(line);
        events.add(new TravellerListed(
                id,
                traveller.worker(),
                traveller.householdCounty(),
                traveller.placement(),
                details.planned().departure()));
        return line;
    }

    void remove(WorkerId worker, Actor actor) {
        requireManifestOpen();
        Line line = listedLine(worker);
        line.remove(actor);
        events.add(new TravellerRemoved(id, worker, line.traveller().placement()));
        events.add(new TripMoments.TravellersFreed(id, List.of(worker), null));
    }

    /** {@code check} is one of the configured checks (the service resolved it). */
    Line recordCheck(WorkerId worker, String check, boolean passed, String note, Actor actor) {
        requireManifestOpen();
        String text = TripDetails.blankToNull(note);
        if (text != null && text.length() > MAX_NOTE_LENGTH) {
            throw Refusals.refused("note", "LENGTH", MAX_NOTE_LENGTH);
        }
        Line line = listedLine(worker);
        line.record(new CheckResult(check, passed, text, actor.by(), actor.at()));
        return line;
    }

    void startBoarding(Actor actor) {
        TripTransitions.check(status, TripStatus.BOARDING);
        if (seatsTaken() == 0) {
            throw Refusals.refused("travellers", "NONE");
        }
        status = TripStatus.BOARDING;
        step(TripStatus.BOARDING, actor, null);
    }

    Line board(WorkerId worker, PreDepartureChecks required, Actor actor) {
        requireBoarding();
        Line line = listedLine(worker);
        required.checkCleared(line.checks()).ifPresent(violation -> {
            throw new InvalidInputException(violation);
        });
        line.board(actor);
        events.add(new TripMoments.TravellerBoarded(id, worker));
        return line;
    }

    Line markNoShow(WorkerId worker) {
        requireBoarding();
        Line line = listedLine(worker);
        line.markNoShow();
        // Without it the demand would stay PLANNED on a vehicle the traveller never boarded.
        events.add(new TravellerMissedDeparture(id, worker, line.traveller().placement()));
        return line;
    }

    /** The departure hand-over: everyone at the gathering point is accounted for, someone is on board. */
    void depart(Instant at, Instant now, Actor actor) {
        TripTransitions.check(status, TripStatus.DEPARTED);
        if (at == null) {
            throw Refusals.refused("departedAt", "REQUIRED");
        }
        if (at.isAfter(now)) {
            throw Refusals.refused("departedAt", "FUTURE");
        }
        long waiting = count(TravellerStatus.LISTED);
        if (waiting > 0) {
            throw Refusals.refused("travellers", "NOT_ALL_BOARDED", waiting);
        }
        if (count(TravellerStatus.BOARDED) == 0) {
            throw Refusals.refused("travellers", "NONE_BOARDED");
        }
        status = TripStatus.DEPARTED;
        departedAt = at;
        step(TripStatus.DEPARTED, actor, null);
        events.add(new TripMoments.TripDeparted(id, details.mode(), boardedWorkers()));
    }

    /**
     * Arrival fixes each traveller's share of the cost, over those on board, and whether their
     * household county's agreement pays the charter in full on the departure day.
     */
    void arrive(Instant at, Instant now, Predicate<String> charterFullySubsidised, Actor actor) {
        TripTransitions.check(status, TripStatus.ARRIVED);
        if (at == null) {
            throw Refusals.refused("arrivedAt", "REQUIRED");
        }
        if (!at.isAfter(departedAt)) {
            throw Refusals.refused("arrivedAt", "BEFORE_DEPARTURE");
        }
        if (at.isAfter(now)) {
            throw Refusals.refused("arrivedAt", "FUTURE");
        }
        Map<WorkerId, Money> shares = COST_SHARING.share(details.totalCost(), boardedWorkers());
        List<TravellerShare> travellerShares = new ArrayList<>();
        shares.forEach((worker, share) -> {
            Line line = activeLine(worker).orElseThrow();
            boolean subsidised = charterFullySubsidised.test(line.traveller().householdCounty());
            line.fixShare(share, subsidised);
            Line.Traveller traveller = line.traveller();
            travellerShares.add(new TravellerShare(
                    worker,
                    traveller.householdCounty(),
                    traveller.placement(),
                    traveller.employer(),
                    share,
                    subsidised));
        });
        status = TripStatus.ARRIVED;
        arrivedAt = at;
        step(TripStatus.ARRIVED, actor, null);
        events.add(new TripArrived(
                id,
                batch.region(),
                batch.year(),
                batch.number(),
                details.mode(),
                details.origin(),
                departedAt,
                arrivedAt,
                details.totalCost(),
                travellerShares));
    }

    Line handOver(WorkerId worker, EmployerId employer, String receivedBy, Actor actor) {
        if (status != TripStatus.ARRIVED) {
            throw Refusals.refused("status", "NOT_ARRIVED", Wording.of(status));
        }
        Line line = activeLine(worker).orElseThrow(() -> Refusals.refused("worker", "NOT_ON_MANIFEST"));
        if (line.status() == TravellerStatus.HANDED_OVER) {
            throw Refusals.refused("worker", "ALREADY_HANDED_OVER");
        }
        if (line.status() != TravellerStatus.BOARDED) {
            throw Refusals.refused("worker", "NOT_BOARDED", Wording.of(line.status()));
        }
        HAND_OVER.check(line.traveller().employer(), employer, receivedBy).ifPresent(violation -> {
            throw new InvalidInputException(violation);
        });
        line.handOver(receivedBy.strip(), actor);
        Line.Traveller traveller = line.traveller();
        events.add(new TravellerHandedOver(
                id,
                worker,
                traveller.householdCounty(),
                traveller.placement(),
                traveller.employer(),
                receivedBy.strip(),
                actor.at()));
        return line;
    }

    /** Closing needs the arrival hand-over of everyone who travelled; no-shows were never carried. */
    void close(Actor actor) {
        TripTransitions.check(status, TripStatus.HANDED_OVER);
        long waiting = count(TravellerStatus.BOARDED);
        if (waiting > 0) {
            throw Refusals.refused("travellers", "NOT_ALL_HANDED_OVER", waiting);
        }
        status = TripStatus.HANDED_OVER;
        step(TripStatus.HANDED_OVER, actor, null);
        events.add(new TripHandedOver(id, (int) count(TravellerStatus.HANDED_OVER), actor.at()));
    }

    /** Called off before departure: every traveller is freed, so their demand is open again. */
    void cancel(String reason, Actor actor) {
        TripTransitions.check(status, TripStatus.CANCELLED);
        String text = TripDetails.blankToNull(reason);
        if (text == null) {
            throw Refusals.refused("reason", "REQUIRED");
        }
        if (text.length() > MAX_REASON_LENGTH) {
            throw Refusals.refused("reason", "LENGTH", MAX_REASON_LENGTH);
        }
        List<Line> freed = activeLines();
        freed.forEach(line -> line.remove(actor));
        status = TripStatus.CANCELLED;
        cancelReason = text;
        step(TripStatus.CANCELLED, actor, text);
        events.add(new TripCancelled(
                id,
                text,
                freed.stream()
                        .map(line -> line.traveller().placement())
                        .filter(Objects::nonNull)
                        .toList(),
                actor.at()));
        events.add(new TripMoments.TravellersFreed(
                id, freed.stream().map(Line::worker).toList(), text));
    }

    /** The line of a worker on this trip who takes a seat, if any. */
    Optional<Line> activeLine(WorkerId worker) {
        return lines.stream()
                .filter(Line::takesSeat)
                .filter(line -> line.worker().equals(worker))
                .findFirst();
    }

    List<Line> activeLines() {
        return lines.stream().filter(Line::takesSeat).toList();
    }

    int seatsTaken() {
        return (int) lines.stream().filter(Line::takesSeat).count();
    }

    /** Hands the recorded events over exactly once. */
    List<Object> releaseEvents() {
        List<Object> released = List.copyOf(events);
        events.clear();
        return released;
    }

    void requireManifestOpen() {
        if (!TripTransitions.manifestOpen(status)) {
            throw Refusals.refused("status", "MANIFEST_CLOSED", Wording.of(status));
        }
    }

    private void requireBoarding() {
        if (status != TripStatus.BOARDING) {
            throw Refusals.refused("status", "NOT_BOARDING", Wording.of(status));
        }
    }

    private Line listedLine(WorkerId worker) {
        Line line = activeLine(worker).orElseThrow(() -> Refusals.refused("worker", "NOT_ON_MANIFEST"));
        if (line.status() != TravellerStatus.LISTED) {
            throw Refusals.refused("worker", "NOT_LISTED", Wording.of(line.status()));
        }
        return line;
    }

    private long count(TravellerStatus wanted) {
        return lines.stream().filter(line -> line.status() == wanted).count();
    }

    private List<WorkerId> boardedWorkers() {
        return lines.stream()
                .filter(line -> line.status() == TravellerStatus.BOARDED)
                .map(Line::worker)
                .sorted(Comparator.comparing(WorkerId::toString))
                .toList();
    }

    private void step(TripStatus reached, Actor actor, String reason) {
        steps.add(new TripStep(reached, actor.by(), actor.at(), reason));
    }

    TripId id() {
        return id;
    }

    Batch batch() {
        return batch;
    }

    TripDetails details() {
        return details;
    }

    TripStatus status() {
        return status;
    }

    State state() {
        return new State(status, departedAt, arrivedAt, cancelReason);
    }

    List<TripStep> steps() {
        return List.copyOf(steps);
    }

    List<Line> lines() {
        return List.copyOf(lines);
    }
}
