package org.laborbridge.transport.trips;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.placements.PlacementId;
import org.laborbridge.shared.Identifiers;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.transport.CheckResult;
import org.laborbridge.transport.TravellerStatus;
import org.laborbridge.workers.WorkerId;

/**
 * One traveller on a trip's manifest, changed only by its {@link Trip}. {@code placement} is null
 * for trips recorded from before the platform; the service always lists from a placement.
 */
final class Line {

    /** Who travels and where to, as the placement said when they were listed. */
    record Traveller(
            WorkerId worker,
            String householdCounty,
            PlacementId placement,
            EmployerId employer,
            RegionCode workRegion,
            String workAddress) {}

    /** How a stored line stands. */
    record State(
            TravellerStatus status,
            Actor listed,
            Actor boarded,
            String receivedBy,
            Actor handedOver,
            Actor removed,
            Money share,
            boolean charterFullySubsidised) {}

    private final UUID id;
    private final Traveller traveller;
    private TravellerStatus status;
    private final Actor listed;
    private Actor boarded;
    private String receivedBy;
    private Actor handedOver;
    private Actor removed;
    private Money share;
    private boolean charterFullySubsidised;
    private final Map<String, CheckResult> checks;
    /** Whether this line differs from its stored row: a trip of a thousand rewrites only what moved. */
    private boolean changed;

    private Line(UUID id, Traveller traveller, State state, List<CheckResult> checks) {
        this.id = id;
        this.traveller = traveller;
        this.status = state.status();
        this.listed = state.listed();
        this.boarded = state.boarded();
        this.receivedBy = state.receivedBy();
        this.handedOver = state.handedOver();
        this.removed = state.removed();
        this.share = state.share();
        this.charterFullySubsidised = state.charterFullySubsidised();
        this.checks = new LinkedHashMap<>();
        checks.forEach(check -> this.checks.put(check.check(), check));
    }

    static Line restore(UUID id, Traveller traveller, State state, List<CheckResult> checks) {
        return new Line(id, traveller, state, checks);
    }

    static Line listed(Traveller traveller, Actor actor) {
        Line line = new Line(
                Identifiers.timeOrdered(),
                traveller,
                new State(TravellerStatus.LISTED, actor, null, null, null, null, null, false),
                List.of());
        line.changed = true;
        return line;
    }

    boolean changed() {
        return changed;
    }

    /** The trip's times moved: the line's copy of them must be written again. */
    void touch() {
        changed = true;
    }

    void stored() {
        changed = false;
    }

    /** Takes a seat: every line that was not taken off or freed by a cancellation. */
    boolean takesSeat() {
        return status != TravellerStatus.REMOVED;
    }

    void record(CheckResult result) {
        checks.put(result.check(), result);
        changed = true;
    }

    void board(Actor actor) {
        status = TravellerStatus.BOARDED;
        boarded = actor;
        changed = true;
    }

    void markNoShow() {
        status = TravellerStatus.NO_SHOW;
        changed = true;
    }

    void remove(Actor actor) {
        status = TravellerStatus.REMOVED;
        removed = actor;
        changed = true;
    }

    void fixShare(Money amount, boolean fullySubsidised) {
        share = amount;
        charterFullySubsidised = fullySubsidised;
        changed = true;
    }

    /** Whether the traveller's household county was flagged when the trip was planned; refreshed on arrival. */
    void flagCharter(boolean fullySubsidised) {
        charterFullySubsidised = fullySubsidised;
        changed = true;
    }

    void handOver(String receiver, Actor actor) {
        status = TravellerStatus.HANDED_OVER;
        receivedBy = receiver;
        handedOver = actor;
        changed = true;
    }

    UUID id() {
        return id;
    }

    Traveller traveller() {
        return traveller;
    }

    WorkerId worker() {
        return traveller.worker();
    }

    TravellerStatus status() {
        return status;
    }

    State state() {
        return new State(status, listed, boarded, receivedBy, handedOver, removed, share, charterFullySubsidised);
    }

    List<CheckResult> checks() {
        return new ArrayList<>(checks.values());
    }

    Instant listedAt() {
        return listed.at();
    }
}
