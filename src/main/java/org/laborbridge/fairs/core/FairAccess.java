package org.laborbridge.fairs.core;

import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Role;
import org.laborbridge.shared.RegionCode;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what with fairs. Everyone signed in sees them. ADMIN and CASEWORKER run every fair;
 * partner staff run the fairs held in their own regions (their county's fairs with the city's
 * employers), desk included, and sign up the workers they may see. Which worker is in scope is
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

    /** Staff who register workers, whatever the fair: bureau caseworkers and partner staff. */
    static boolean mayRunDesk(Caller caller) {
        return isCaseStaff(caller) || caller.is(Role.PARTNER);
    }

    /**
     * The desk of one fair (check-in, pasted lists, filter sign-ups) is run by whoever runs the
     * fair: a partner only at fairs hosted in their regions.
     */
    static boolean mayRunDesk(Caller caller, RegionCode hostRegion) {
        return mayRunDesk(caller) && mayManage(caller, hostRegion);
    }

    static void checkDesk(Caller caller, RegionCode hostRegion) {
        if (!mayRunDesk(caller, hostRegion)) {
            throw new AccessDeniedException(
                    "Only bureau staff, or partner staff in the host region, sign up and check in workers here");
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
