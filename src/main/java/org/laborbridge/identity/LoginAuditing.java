package org.laborbridge.identity;

import org.laborbridge.identity.security.SignedInUser;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Writes sign-ins and failed sign-ins to the audit log. Only interactive (form) sign-ins count as
 * a login: HTTP Basic authenticates every API request anew, and logging each would bury the trail.
 */
@Component
class LoginAuditing {

    private final AuditLog auditLog;

    LoginAuditing(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        Role role = authentication.getPrincipal() instanceof SignedInUser user
                ? user.caller().role()
                : null;
        auditLog.append(authentication.getName(), role, AuditLog.LOGIN, null, null, addressOf(authentication), null);
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        Authentication attempt = event.getAuthentication();
        // The attempted name is kept even when no such user exists: guessing is what we want to see.
        String attemptedName = attempt.getName() == null || attempt.getName().isBlank() ? "-" : attempt.getName();
        auditLog.append(
                truncate(attemptedName), null, AuditLog.LOGIN_FAILED, null, null, addressOf(attempt), reason(event));
    }

    private static String reason(AbstractAuthenticationFailureEvent event) {
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            return "BAD_CREDENTIALS";
        }
        if (event instanceof AuthenticationFailureLockedEvent) {
            return "LOCKED";
        }
        if (event instanceof AuthenticationFailureDisabledEvent) {
            return "DISABLED";
        }
        return event.getException().getClass().getSimpleName();
    }

    private static String addressOf(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails details) {
            return details.getRemoteAddress();
        }
        return AuditLog.currentRemoteAddress();
    }

    private static String truncate(String name) {
        return name.length() > 100 ? name.substring(0, 100) : name;
    }
}
