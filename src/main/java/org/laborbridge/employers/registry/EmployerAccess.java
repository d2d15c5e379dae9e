package org.laborbridge.employers.registry;

import org.laborbridge.employers.EmployerId;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Role;

/**
 * Who may do what with which enterprise. Seeing comes first: an enterprise out of sight answers
 * like a missing one, so only callers who can see it ever learn that they may not change it.
 */
final class EmployerAccess {

    private EmployerAccess() {}

    static boolean maySee(Caller caller, EmployerId employer) {
        return switch (caller.role()) {
            case ADMIN, CASEWORKER, APPROVER, PARTNER -> true;
            case EMPLOYER -> isOwn(caller, employer);
            case WORKER -> false;
        };
    }

    /** Registering and verifying is the bureau's word on who an enterprise is. */
    static boolean mayRegister(Caller caller) {
        return caller.is(Role.ADMIN) || caller.is(Role.CASEWORKER);
    }

    static boolean mayActFor(Caller caller, EmployerId employer) {
        return mayRegister(caller) || isOwn(caller, employer);
    }

    /** Whether the role ever changes enterprises or postings; the enterprise is checked next. */
    static boolean mayManage(Caller caller) {
        return mayRegister(caller) || caller.is(Role.EMPLOYER);
    }

    /** Bureau staff phone enterprises about hires and subsidies; partners see the number masked. */
    static boolean seesFullPhone(Caller caller, EmployerId employer) {
        return caller.role().isBureauStaff() || isOwn(caller, employer);
    }

    /** A draft is the enterprise's unfinished work, shown to the bureau that helps with it. */
    static boolean seesDraftsOf(Caller caller, EmployerId employer) {
        return caller.role().isBureauStaff() || isOwn(caller, employer);
    }

    static boolean isOwn(Caller caller, EmployerId employer) {
        return caller.is(Role.EMPLOYER) && employer.value().equals(caller.employerId());
    }
}
