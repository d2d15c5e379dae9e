package org.laborbridge.workshops;

import java.util.Optional;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * Bureau administrators and caseworkers see and manage every workshop; a partner those in their
 * regions (others answer as if missing); nobody else any. Withdrawing a recognition, and giving it
 * back, is the bureau's decision alone: it recognises workshops, partner staff only run them.
 */
final class WorkshopAccess {

    private WorkshopAccess() {}

    static boolean mayUse(Optional<Caller> caller) {
        return caller.map(c -> c.is(Role.ADMIN) || c.is(Role.CASEWORKER) || c.is(Role.PARTNER))
                .orElse(false);
    }

    static Caller checkUse() {
        Optional<Caller> caller = Callers.find();
        if (!mayUse(caller)) {
            throw new AccessDeniedException("Workshops are for bureau and partner staff");
        }
        return caller.get();
    }

    static boolean mayDecide(Optional<Caller> caller) {
        return caller.map(c -> c.is(Role.ADMIN) || c.is(Role.CASEWORKER)).orElse(false);
    }

    static Caller checkDecide() {
        Optional<Caller> caller = Callers.find();
        if (!mayDecide(caller)) {
            throw new AccessDeniedException("Recognition decisions are for bureau staff");
        }
        return caller.get();
    }

    static boolean covers(Caller caller, String county) {
        return !caller.is(Role.PARTNER) || caller.coversRegion(county);
    }
}
