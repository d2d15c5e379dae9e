package org.laborbridge.workers.registry;

import java.util.UUID;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Role;

/**
 * Who may do what with which worker. Seeing comes first: a record out of sight answers like a
 * missing one, so only callers who can see a record ever learn that they may not change it.
 */
final class WorkerAccess {

    private WorkerAccess() {}

    static boolean maySee(Caller caller, String householdCounty, UUID workerId) {
        return switch (caller.role()) {
            case ADMIN, CASEWORKER, APPROVER -> true;
            case PARTNER -> caller.coversRegion(householdCounty);
            case WORKER -> workerId.equals(caller.workerId());
            case EMPLOYER -> false;
        };
    }

    static boolean maySearch(Caller caller) {
        return caller.role() != Role.EMPLOYER;
    }

    /** PARTNER only inside their regions, which the household county is checked against. */
    static boolean mayRegister(Caller caller) {
        return caller.is(Role.ADMIN) || caller.is(Role.CASEWORKER) || caller.is(Role.PARTNER);
    }

    static boolean mayReveal(Caller caller) {
        return caller.is(Role.ADMIN) || caller.is(Role.CASEWORKER) || caller.is(Role.PARTNER) || caller.is(Role.WORKER);
    }

    /** The roles whose work needs full numbers on a record they open, not only on request. */
    static boolean seesFullIdentity(Caller caller) {
        return caller.is(Role.ADMIN) || caller.is(Role.CASEWORKER) || caller.is(Role.PARTNER);
    }

    /** Confirming registered-poor status is the partner region's word, not the bureau's. */
    static boolean mayConfirmPoorStatus(Caller caller) {
        return caller.is(Role.PARTNER);
    }

    static boolean mayDecideDuplicates(Caller caller) {
        return caller.is(Role.ADMIN) || caller.is(Role.CASEWORKER);
    }
}
