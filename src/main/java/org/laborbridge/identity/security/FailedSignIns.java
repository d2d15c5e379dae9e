package org.laborbridge.identity.security;

import org.laborbridge.identity.account.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Counts wrong passwords per user and locks the account when there are too many in a row. */
@Component
class FailedSignIns {

    private static final Logger log = LoggerFactory.getLogger(FailedSignIns.class);

    private final UserAccounts accounts;
    private final SignInPolicy policy;

    FailedSignIns(UserAccounts accounts, SignInPolicy policy) {
        this.accounts = accounts;
        this.policy = policy;
    }

    @EventListener
    void wrongPassword(AuthenticationFailureBadCredentialsEvent event) {
        String username =
                AccountDetailsService.normalise(event.getAuthentication().getName());
        if (accounts.recordFailedSignIn(username, policy.maximumFailedAttempts(), policy.lockout())) {
            log.warn(
                    "Account '{}' locked for {} minutes after {} wrong passwords",
                    username,
                    policy.lockout().toMinutes(),
                    policy.maximumFailedAttempts());
        }
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        accounts.recordSuccessfulSignIn(event.getAuthentication().getName());
    }
}
