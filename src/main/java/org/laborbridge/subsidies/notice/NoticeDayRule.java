package org.laborbridge.subsidies.notice;

import java.time.LocalDate;
import java.util.Optional;
import org.laborbridge.identity.Role;

/**
 * Which day's notice a caller reads. A claim stays approved until its last stage is paid, months
 * after its window closed, so an earlier day would show the public entries that are no longer on
 * the board: the public reads today's notice only; bureau and partner staff may look back.
 */
final class NoticeDayRule {

    private NoticeDayRule() {}

    static boolean mayPickDay(Optional<Role> role) {
        return role.map(r -> r.isBureauStaff() || r == Role.PARTNER).orElse(false);
    }

    static LocalDate dayShown(Optional<Role> role, LocalDate asked, LocalDate today) {
        return asked != null && mayPickDay(role) ? asked : today;
    }
}
