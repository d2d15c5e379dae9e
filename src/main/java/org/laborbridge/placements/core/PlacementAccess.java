package org.laborbridge.placements.core;

import java.util.UUID;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Role;
import org.laborbridge.placements.PlacementView;

/**
 * Who may see and do what with which placement. Seeing comes first: a placement out of sight
 * answers like a missing one, so only callers who can see it ever learn they may not change it.
 */
final class PlacementAccess {

    private PlacementAccess() {}

    /** What scopes a placement: whose household county, which enterprise, which worker. */
    record Reach(String householdCounty, UUID employer, UUID worker) {

        static Reach of(PlacementView placement) {
            return new Reach(
                    placement.householdCounty(),
                    placement.employer().value(),
                    placement.worker().value());
        }
    }

    static boolean maySee(Caller caller, Reach placement) {
        return switch (caller.role()) {
            case ADMIN, CASEWORKER, APPROVER -> true;
            case PARTNER -> caller.coversRegion(placement.householdCounty());
            case EMPLOYER -> placement.employer().equals(caller.employerId());
            case WORKER -> placement.worker().equals(caller.workerId());
        };
    }

    /** The employer knows first whether someone turned up; the bureau may confirm for them. */
    static boolean mayConfirmStart(Caller caller, Reach placement) {
        return maySee(caller, placement) && (isCaseworking(caller) || caller.is(Role.EMPLOYER));
    }

    /** The employer pays the insurance and says so; the bureau may confirm it from the records. */
    static boolean mayConfirmSocialInsurance(Caller caller, Reach placement) {
        return mayConfirmStart(caller, placement);
    }

    /** Follow-ups are the caseworkers' work, and the partner county's for its own people. */
    static boolean mayRecordRetentions(Caller caller) {
        return isCaseworking(caller) || caller.is(Role.PARTNER);
    }

    static boolean mayRecordRetention(Caller caller, Reach placement) {
        return maySee(caller, placement) && mayRecordRetentions(caller);
    }

    /** Whoever follows the worker up, and the employer, whose word on a leaving is first-hand. */
    static boolean mayRecordLeaving(Caller caller, Reach placement) {
        return mayRecordRetention(caller, placement) || mayConfirmStart(caller, placement);
    }

    /** The retention due list: bureau staff (approvers read it) and partner staff. */
    static boolean mayFollowUp(Caller caller) {
        return caller.role().isBureauStaff() || caller.is(Role.PARTNER);
    }

    /**
     * Follow-up and leaving notes are written after calls with the worker and carry health and
     * family reasons: they are for the bureau and partner staff who follow the worker up, not for
     * the employer nor the worker's own pages.
     */
    static boolean mayReadNotes(Caller caller) {
        return caller.role().isBureauStaff() || caller.is(Role.PARTNER);
    }

    /** A hire made outside the platform takes an opening of a posting: the bureau's decision. */
    static boolean mayRecordOutside(Caller caller) {
        return isCaseworking(caller);
    }

    private static boolean isCaseworking(Caller caller) {
        return caller.is(Role.ADMIN) || caller.is(Role.CASEWORKER);
    }
}
