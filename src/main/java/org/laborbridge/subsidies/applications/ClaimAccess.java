package org.laborbridge.subsidies.applications;

import java.util.Objects;
import java.util.UUID;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Role;
import org.laborbridge.subsidies.policy.Payee;
import org.laborbridge.workers.WorkerId;

/**
 * Who may do what with which claim (the {@code SubsidyApplications} javadoc is the rule). Reading
 * comes first: a claim out of sight answers like a missing one, so only those who may read it
 * learn that they may not act on it.
 */
final class ClaimAccess {

    private ClaimAccess() {}

    /** What a claim is about, as far as access is concerned. */
    record Subject(Payee payee, WorkerId worker, String householdCounty, EmployerId employer) {}

    static boolean mayRead(Caller caller, Subject claim) {
        return switch (caller.role()) {
            case ADMIN, CASEWORKER, APPROVER -> true;
            case PARTNER -> caller.coversRegion(claim.householdCounty());
            case EMPLOYER -> claim.payee() == Payee.EMPLOYER && owns(caller.employerId(), claim.employer());
            case WORKER ->
                claim.worker() != null && is(caller.workerId(), claim.worker().value());
        };
    }

    /** Anyone but an approver makes claims; each for the payees their role speaks for. */
    static boolean mayApplyAtAll(Caller caller) {
        return !caller.is(Role.APPROVER);
    }

    /**
     * The bureau's caseworkers for anyone, a partner for the people of their regions, an
     * enterprise for its own hires' enterprise-paid subsidies, a worker for their own.
     */
    static boolean mayApplyFor(Caller caller, Subject claim) {
        return switch (caller.role()) {
            case ADMIN, CASEWORKER -> true;
            case APPROVER -> false;
            case PARTNER -> caller.coversRegion(claim.householdCounty());
            case EMPLOYER -> claim.payee() == Payee.EMPLOYER && owns(caller.employerId(), claim.employer());
            case WORKER ->
                claim.payee() == Payee.WORKER
                        && claim.worker() != null
                        && is(caller.workerId(), claim.worker().value());
        };
    }

    /** Answering a request for more and giving the account: whoever may claim it. */
    static boolean mayActAsApplicant(Caller caller, Subject claim) {
        return mayApplyFor(caller, claim);
    }

    static boolean mayReview(Caller caller) {
        return caller.is(Role.ADMIN) || caller.is(Role.CASEWORKER);
    }

    /** Money is approved by approvers only: an administrator manages the system, not the budget. */
    static boolean mayApprove(Caller caller) {
        return caller.is(Role.APPROVER);
    }

    static boolean mayObject(Caller caller, Subject claim) {
        return mayReview(caller) || caller.is(Role.PARTNER) && caller.coversRegion(claim.householdCounty());
    }

    static boolean mayResolveObjection(Caller caller) {
        return mayReview(caller);
    }

    /**
     * The complete account for those who pay (APPROVER) or run the system (ADMIN), and for the
     * enterprise or worker who typed their own; everyone else sees it masked.
     */
    static boolean maySeeAccount(Caller caller, Subject claim) {
        return caller.is(Role.ADMIN)
                || caller.is(Role.APPROVER)
                || (caller.is(Role.EMPLOYER) || caller.is(Role.WORKER)) && mayApplyFor(caller, claim);
    }

    /** Whether a full view is worth an audit entry: staff looking at someone else's account. */
    static boolean auditsAccountView(Caller caller) {
        return caller.is(Role.ADMIN) || caller.is(Role.APPROVER);
    }

    private static boolean owns(UUID callerEmployer, EmployerId employer) {
        return employer != null && is(callerEmployer, employer.value());
    }

    private static boolean is(UUID callerId, UUID id) {
        return callerId != null && Objects.equals(callerId, id);
    }
}
