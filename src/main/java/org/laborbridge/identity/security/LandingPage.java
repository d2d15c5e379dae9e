package org.laborbridge.identity.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import org.laborbridge.identity.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * Where a sign-in lands: the page that was asked for, if any; otherwise the dashboard for bureau
 * and partner staff (their first look each day is the programme's figures) and the home page for
 * employers and workers. The home page itself, asked for before signing in, counts as no request,
 * since that is how everyone opens the site.
 */
final class LandingPage extends SavedRequestAwareAuthenticationSuccessHandler {

    static final String DASHBOARD = "/reporting";
    private static final Set<String> DASHBOARD_ROLES = Set.of(
            "ROLE_" + Role.ADMIN.name(),
            "ROLE_" + Role.CASEWORKER.name(),
            "ROLE_" + Role.APPROVER.name(),
            "ROLE_" + Role.PARTNER.name());

    private final RequestCache requests;

    LandingPage(RequestCache requests) {
        this.requests = requests;
        setRequestCache(requests);
    }

    LandingPage() {
        this(new HttpSessionRequestCache());
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws ServletException, IOException {
        SavedRequest saved = requests.getRequest(request, response);
        if (saved != null && isHome(saved.getRedirectUrl(), request.getContextPath())) {
            requests.removeRequest(request, response);
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    protected String determineTargetUrl(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        boolean staff = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(DASHBOARD_ROLES::contains);
        return staff ? DASHBOARD : "/";
    }

    private static boolean isHome(String url, String contextPath) {
        try {
            String path = URI.create(url).getPath();
            return path == null || path.isEmpty() || path.equals(contextPath + "/") || path.equals(contextPath);
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }
}
