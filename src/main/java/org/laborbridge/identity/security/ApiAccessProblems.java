package org.laborbridge.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers API requests that are not signed in (401) or not allowed (403) with problem details
 * in the caller's language. A failed sign-in always gets the same text, whether the name is
 * unknown, the password wrong or the account locked, so that the API cannot be used to find out
 * which user names exist. No {@code WWW-Authenticate: Basic} challenge is sent: browsers would
 * otherwise prompt for, remember and replay the credentials on forged requests, which is what
 * lets Basic-authenticated calls skip the CSRF token.
 */
final class ApiAccessProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    ApiAccessProblems(MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        boolean noCredentials = failure instanceof InsufficientAuthenticationException;
        write(request, response, HttpStatus.UNAUTHORIZED, noCredentials ? "problem.signInRequired" : "login.failed");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        // A missing CSRF token on a request without any session is really a missing sign-in.
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || trust.isAnonymous(authentication)) {
            write(request, response, HttpStatus.UNAUTHORIZED, "problem.signInRequired");
        } else {
            write(request, response, HttpStatus.FORBIDDEN, "problem.forbidden");
        }
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detailKey)
            throws IOException {
        Locale locale = locales.resolveLocale(request);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put(
                "title",
                messages.getMessage("problem.title." + status.value(), null, status.getReasonPhrase(), locale));
        problem.put("status", status.value());
        problem.put("detail", messages.getMessage(detailKey, null, locale));
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Language", locale.toLanguageTag());
        json.writeValue(response.getOutputStream(), problem);
    }
}
