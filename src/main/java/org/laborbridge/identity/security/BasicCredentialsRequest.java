package org.laborbridge.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * A request that carries its own credentials in the Authorization header. A browser never adds
 * such a header to a forged cross-site request by itself, so these requests need no CSRF token;
 * requests that rely on the session cookie still do.
 */
final class BasicCredentialsRequest implements RequestMatcher {

    @Override
    public boolean matches(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }
}
