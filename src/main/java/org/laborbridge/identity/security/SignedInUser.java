package org.laborbridge.identity.security;

import java.util.Collection;
import java.util.List;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.account.UserAccount;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal kept in the session: the caller's scopes, fixed at sign-in. */
public final class SignedInUser implements UserDetails, CredentialsContainer {

    private final Caller caller;
    private final boolean enabled;
    private final boolean locked;
    private String passwordHash;

    SignedInUser(UserAccount account) {
        this.caller = account.caller();
        this.enabled = account.enabled();
        this.locked = account.locked();
        this.passwordHash = account.passwordHash();
    }

    public Caller caller() {
        return caller;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(caller.role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return caller.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    // Sessions compare principals, e.g. when Basic auth checks whether it must re-authenticate.
    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInUser user && user.getUsername().equals(getUsername());
    }

    @Override
    public int hashCode() {
        return getUsername().hashCode();
    }

    @Override
    public String toString() {
        return "SignedInUser[" + caller.username() + ", " + caller.role() + "]";
    }
}
