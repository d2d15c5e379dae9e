package org.laborbridge.subsidies.catalogue;

import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Role;

/**
 * The catalogue is the bureau's and the partners' to read: partner counties explain to their people
 * what they may claim. Enterprises and workers see a policy through their own applications only.
 */
final class PolicyAccess {

    private PolicyAccess() {}

    static boolean mayRead(Caller caller) {
        return caller.role().isBureauStaff() || caller.is(Role.PARTNER);
    }

    /** Money rules are the administrator's: a caseworker who could change them could pay themselves. */
    static boolean mayChange(Caller caller) {
        return caller.is(Role.ADMIN);
    }
}
