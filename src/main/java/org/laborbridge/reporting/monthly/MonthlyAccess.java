package org.laborbridge.reporting.monthly;

import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who does what with monthly reports: bureau staff read every report, partner staff those of
 * their own regions; caseworkers (and administrators) submit; approvers (and administrators) lock
 * or return; enterprises and workers have no business with them.
 */
final class MonthlyAccess {

    private MonthlyAccess() {}

    static boolean mayRead(Caller caller) {
        return caller.role().isBureauStaff() || caller.is(Role.PARTNER);
    }

    static boolean maySubmit(Caller caller) {
        return caller.is(Role.ADMIN) || caller.is(Role.CASEWORKER);
    }

    static boolean mayApprove(Caller caller) {
        return caller.is(Role.ADMIN) || caller.is(Role.APPROVER);
    }

    static void checkRead(Caller caller) {
        if (!mayRead(caller)) {
            throw new AccessDeniedException("Monthly reports are for bureau and partner staff");
        }
    }

    static void checkSubmit(Caller caller) {
        if (!maySubmit(caller)) {
            throw new AccessDeniedException("Only caseworkers and administrators submit monthly reports");
        }
    }

    static void checkApprove(Caller caller) {
        if (!mayApprove(caller)) {
            throw new AccessDeniedException("Only approvers and administrators lock or return monthly reports");
        }
    }
}
