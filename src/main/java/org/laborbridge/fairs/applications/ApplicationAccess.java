package org.laborbridge.fairs.applications;

import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Role;

/**
 * Who may see and move which application. Seeing comes first: an application out of sight answers
 * like a missing one. The employer's own steps are checked through {@code Employers.mayActFor},
 * which knows who acts for an enterprise.
 */
final class ApplicationAccess {

    private ApplicationAccess() {}

    static boolean maySee(Caller caller, Particulars application) {
        return switch (caller.role()) {
            case ADMIN, CASEWORKER, APPROVER -> true;
            case PARTNER -> caller.coversRegion(application.householdCounty());
            case EMPLOYER -> application.employer().value().equals(caller.employerId());
            case WORKER -> application.worker().value().equals(caller.workerId());
        };
    }

    /** Which workers they may apply for is the registry's scope: a worker sees only themselves. */
    static boolean mayApply(Caller caller) {
        return caller.is(Role.ADMIN) || caller.is(Role.CASEWORKER) || caller.is(Role.PARTNER) || caller.is(Role.WORKER);
    }

    /** Taking or turning down a job is the worker's word; a caseworker may pass it on for them. */
    static boolean mayAnswerOffer(Caller caller, Particulars application) {
        return isTheWorker(caller, application) || caller.is(Role.ADMIN) || caller.is(Role.CASEWORKER);
    }

    /** A partner's staff look after their region's workers and may withdraw for them too. */
    static boolean mayWithdraw(Caller caller, Particulars application) {
        return mayAnswerOffer(caller, application)
                || (caller.is(Role.PARTNER) && caller.coversRegion(application.householdCounty()));
    }

    private static boolean isTheWorker(Caller caller, Particulars application) {
        return caller.is(Role.WORKER) && application.worker().value().equals(caller.workerId());
    }
}
