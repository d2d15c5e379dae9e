package org.laborbridge.cooperation;

import java.util.Optional;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may read and change partner regions. Bureau staff and partner staff read all of them (an
 * agreement is not personal data); enterprises and workers have no business with them; only
 * administrators change them, because subsidies follow from the flags.
 */
final class CooperationAccess {

    private CooperationAccess() {}

    static boolean mayRead(Optional<Caller> caller) {
        // Work done outside any request, such as the demo seed or a scheduled job, has no caller.
        return caller.map(c -> c.role().isBureauStaff() || c.is(Role.PARTNER)).orElse(true);
    }

    static boolean mayChange(Optional<Caller> caller) {
        return caller.map(c -> c.is(Role.ADMIN)).orElse(false);
    }

    static void checkRead() {
        if (!mayRead(Callers.find())) {
            throw new AccessDeniedException("Partner regions are for bureau and partner staff");
        }
    }

    static void checkChange() {
        if (!mayChange(Callers.find())) {
            throw new AccessDeniedException("Only administrators change partner regions");
        }
    }
}
