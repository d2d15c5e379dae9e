package org.laborbridge.identity.account;

import java.util.List;
import java.util.UUID;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Role;

/** A stored user as sign-in needs it; {@code locked} is true while a lockout lasts. */
public record UserAccount(
        long id,
        String username,
        String passwordHash,
        String displayName,
        Role role,
        List<String> regionCodes,
        UUID employerId,
        UUID workerId,
        boolean enabled,
        boolean locked) {

    public Caller caller() {
        return new Caller(username, displayName, role, regionCodes, employerId, workerId);
    }

    @Override
    public String toString() {
        // Keeps the password hash out of logs and debugger summaries.
        return "UserAccount[" + username + ", " + role + "]";
    }
}
