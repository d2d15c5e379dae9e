package org.laborbridge.identity.account;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.laborbridge.identity.Role;

/** A user about to be created; the password is already hashed. */
public record NewAccount(
        String username,
        String passwordHash,
        String displayName,
        Role role,
        List<String> regionCodes,
        UUID employerId,
        UUID workerId) {

    public NewAccount {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(role, "role");
        regionCodes = regionCodes == null ? List.of() : List.copyOf(regionCodes);
    }

    public static NewAccount of(String username, String passwordHash, String displayName, Role role) {
        return new NewAccount(username, passwordHash, displayName, role, List.of(), null, null);
    }

    public NewAccount inRegions(List<String> codes) {
        return new NewAccount(username, passwordHash, displayName, role, codes, employerId, workerId);
    }
}
