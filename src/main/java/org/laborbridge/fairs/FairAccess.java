package org.laborbridge.fairs;

import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Role;
import org.laborbridge.shared.RegionCode;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what with fairs. Everyone signed in sees them. ADMIN and CASEWORKER run every fair;
 * partner staff run the fairs held in their own regions (their county's fairs with the city's
 * employers) and sign up and check in the workers they may see. Which worker is in scope is
 * the registry's question, asked when the worker is looked up.
 */
final class FairAccess {

    private FairAccess() {}

    static boolean mayManage(Caller caller, RegionCode hostRegion) {
        return isCaseStaff(caller) || (caller.is(Role.PARTNER) && caller.coversRegion(hostRegion.value()));
    }

    static void checkManage(Caller caller, RegionCode hostRegion) {
        if (!mayManage(caller, hostRegion)) {
            throw new AccessDeniedException("Only bureau staff, or partner staff in the host region, run this fair");
        }
    }

    /** Signing up many at once, and the check-in desk: staff who register workers. */
    static boolean mayRunDesk(Caller caller) {
        return isCaseStaff(caller) || caller.is(Role.PARTNER);
    }

    static void checkDesk(Caller caller) {
        if (!mayRunDesk(caller)) {
            throw new AccessDeniedException("Only bureau or partner staff sign up and check in workers");
        }
    }

    /** A worker signs up themselves; staff sign up workers they may see. */
    static void checkSignUp(Caller caller) {
        if (!mayRunDesk(caller) && !caller.is(Role.WORKER)) {
            throw new AccessDeniedException("Only the worker, or bureau or partner staff, sign up a worker");
        }
    }

    /** Employers and workers learn how many signed up, not who. */
    static boolean maySeeSignUps(Caller caller) {
        return caller.role().isBureauStaff() || caller.is(Role.PARTNER);
    }

    private static boolean isCaseStaff(Caller caller) {
        return caller.is(Role.ADMIN) || caller.is(Role.CASEWORKER);
    }
}
