package org.laborbridge.transport.trips;

import java.util.Objects;
import java.util.UUID;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Role;
import org.laborbridge.shared.RegionCode;

/**
 * Who may see and do what with which trip. Seeing comes first: a trip out of sight answers like a
 * missing one, so only callers who can see it ever learn they may not change it.
 */
final class TripAccess {

    private TripAccess() {}

    static boolean maySee(Caller caller, Trip trip) {
        return switch (caller.role()) {
            case ADMIN, CASEWORKER, APPROVER -> true;
            case PARTNER ->
                coversOrigin(caller, trip)
                        || trip.activeLines().stream()
                                .anyMatch(line ->
                                        caller.coversRegion(line.traveller().householdCounty()));
            case EMPLOYER, WORKER -> trip.activeLines().stream().anyMatch(line -> mayReadLine(caller, trip, line));
        };
    }

    /**
     * Which lines of a trip the caller reads. The origin's staff run the gathering point and need
     * everyone; a partner whose people ride on another region's trip sees their own people; an
     * employer their hires; a worker themselves.
     */
    static boolean mayReadLine(Caller caller, Trip trip, Line line) {
        return switch (caller.role()) {
            case ADMIN, CASEWORKER, APPROVER -> true;
            case PARTNER ->
                coversOrigin(caller, trip)
                        || caller.coversRegion(line.traveller().householdCounty());
            case EMPLOYER -> is(caller.employerId(), line.traveller().employer().value());
            case WORKER -> is(caller.workerId(), line.worker().value());
        };
    }

    /** Planning and the work at the gathering point: the bureau, and the origin's partner staff. */
    static boolean mayPlan(Caller caller) {
        return isCaseworking(caller) || caller.is(Role.PARTNER);
    }

    /** Changing the trip and its manifest up to departure: the bureau, and the partner of the origin. */
    static boolean mayChange(Caller caller, RegionCode origin) {
        return isCaseworking(caller) || caller.is(Role.PARTNER) && caller.coversRegion(origin.value());
    }

    /** Arrival and closing happen at the destination, the bureau's side of the programme. */
    static boolean mayArrive(Caller caller) {
        return isCaseworking(caller);
    }

    /** The bureau, or the employer receiving their own hires at the door. */
    static boolean mayHandOver(Caller caller, Trip trip) {
        return isCaseworking(caller)
                || caller.is(Role.EMPLOYER)
                        && trip.activeLines().stream()
                                .anyMatch(line -> is(
                                        caller.employerId(),
                                        line.traveller().employer().value()));
    }

    /** Full numbers for those who check ID cards against the manifest at the gathering point. */
    static boolean mayReveal(Caller caller, RegionCode origin) {
        return mayChange(caller, origin);
    }

    static boolean coversOrigin(Caller caller, Trip trip) {
        return caller.coversRegion(trip.details().origin().value());
    }

    private static boolean isCaseworking(Caller caller) {
        return caller.is(Role.ADMIN) || caller.is(Role.CASEWORKER);
    }

    private static boolean is(UUID callerId, UUID id) {
        return callerId != null && Objects.equals(callerId, id);
    }
}
