package org.laborbridge.identity.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends sessions older than the absolute limit, however active they were: the servlet container
 * only knows idle timeouts. API requests then continue unauthenticated (and get a 401 unless they
 * carry credentials); pages go back to the sign-in page.
 */
final class SessionLifetimeFilter extends OncePerRequestFilter {

    static final String EXPIRED_PAGE = "/login?expired";

    private final Duration maximumAge;
    private final Clock clock;
    private final RequestMatcher api;

    SessionLifetimeFilter(Duration maximumAge, Clock clock, RequestMatcher api) {
        this.maximumAge = maximumAge;
        this.clock = clock;
        this.api = api;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && isTooOld(session)) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            if (!api.matches(request)) {
                response.sendRedirect(request.getContextPath() + EXPIRED_PAGE);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private boolean isTooOld(HttpSession session) {
        try {
            return clock.millis() - session.getCreationTime() > maximumAge.toMillis();
        } catch (IllegalStateException alreadyInvalidated) {
            return false;
        }
    }
}
