package org.laborbridge.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.laborbridge.identity.security.SignedInUser;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is making the current request, for modules that must narrow what they show or do. */
public final class Callers {

    private static final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

    private Callers() {}

    /** The signed-in caller; fails when the request is anonymous, which security should have prevented. */
    public static Caller current() {
        return find().orElseThrow(() -> new IllegalStateException("No signed-in user on this request"));
    }

    public static Optional<Caller> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || trust.isAnonymous(authentication)) {
            return Optional.empty();
        }
        if (authentication.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user.caller());
        }
        if (authentication.getPrincipal() instanceof Caller caller) {
            return Optional.of(caller);
        }
        // Tests of other modules sign in with @WithMockUser; give them a caller without scopes.
        return roleOf(authentication).map(role -> new Caller(authentication.getName(), null, role, null, null, null));
    }

    /**
     * Runs work that no person triggered (demo data, scheduled jobs) as {@code caller}, so that it
     * passes through the same services and rules as a request would; the previous caller, if
     * any, is restored afterwards.
     */
    public static <T> T runAs(Caller caller, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                caller, null, List.of(new SimpleGrantedAuthority(caller.role().authority()))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static Optional<Role> roleOf(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .flatMap(authority -> Arrays.stream(Role.values())
                        .filter(role -> role.authority().equals(authority)))
                .findFirst();
    }
}
