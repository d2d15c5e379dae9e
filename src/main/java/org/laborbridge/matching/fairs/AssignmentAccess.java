package org.laborbridge.matching.fairs;

import org.laborbridge.fairs.FairView;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Role;

/**
 * Who may work with a fair's assignment. Whoever runs the fair computes and reads runs: bureau
 * caseworkers and administrators for any fair, partner staff for a fair hosted in their regions.
 * Confirming turns pairs into interview invitations, which is the employer's step or the bureau's
 * on its behalf, so only ADMIN and CASEWORKER confirm. A partner sees by name only the workers of
 * their own regions; the others appear as a count in their posting.
 */
final class AssignmentAccess {

    private AssignmentAccess() {}

    static boolean mayRun(Caller caller, FairView fair) {
        return isCaseStaff(caller)
                || (caller.is(Role.PARTNER)
                        && caller.coversRegion(fair.hostRegion().value()));
    }

    static boolean mayConfirm(Caller caller, FairView fair) {
        return isCaseStaff(caller);
    }

    static boolean seesByName(Caller caller, String householdCounty) {
        return isCaseStaff(caller) || (caller.is(Role.PARTNER) && caller.coversRegion(householdCounty));
    }

    private static boolean isCaseStaff(Caller caller) {
        return caller.is(Role.ADMIN) || caller.is(Role.CASEWORKER);
    }
}
