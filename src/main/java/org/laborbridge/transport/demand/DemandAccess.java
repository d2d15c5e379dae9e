package org.laborbridge.transport.demand;

import java.util.UUID;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Role;

/**
 * Who may see and do what with which demand. The origin (a PARTNER for its own people) and the
 * bureau record; the employer reads its hires' demands to know who is coming; the worker's own
 * trip is shown by the trips, not here. Seeing comes first: out of sight answers like missing.
 */
final class DemandAccess {

    private DemandAccess() {}

    /** What scopes a demand: whose household county, which enterprise, which worker. */
    record Reach(String householdCounty, UUID employer, UUID worker) {}

    static boolean mayList(Caller caller) {
        return caller.role() != Role.WORKER;
    }

    static boolean maySee(Caller caller, Reach demand) {
        return switch (caller.role()) {
            case ADMIN, CASEWORKER, APPROVER -> true;
            case PARTNER -> caller.coversRegion(demand.householdCounty());
            case EMPLOYER -> demand.employer().equals(caller.employerId());
            case WORKER -> false;
        };
    }

    static boolean mayRecord(Caller caller) {
        return caller.is(Role.ADMIN) || caller.is(Role.CASEWORKER) || caller.is(Role.PARTNER);
    }

    static boolean mayChange(Caller caller, Reach demand) {
        return maySee(caller, demand) && mayRecord(caller);
    }
}
