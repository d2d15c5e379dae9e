package org.laborbridge.identity;

/** What a user does for the programme; decides which pages and records they reach. */
public enum Role {
    ADMIN,
    CASEWORKER,
    APPROVER,
    PARTNER,
    EMPLOYER,
    WORKER;

    /** The bureau's own staff see the whole programme; everyone else sees only their scope. */
    public boolean isBureauStaff() {
        return this == ADMIN || this == CASEWORKER || this == APPROVER;
    }

    /** The name Spring Security's {@code hasRole(..)} checks against. */
    public String authority() {
        return "ROLE_" + name();
    }
}
