package org.laborbridge.identity;

import java.util.Optional;
import java.util.UUID;
import org.laborbridge.identity.account.UserAccounts;
import org.springframework.stereotype.Service;

/**
 * Lets the modules that own employers and workers tie a user to their record, which is what
 * scopes an EMPLOYER or WORKER. The link takes effect at that user's next sign-in.
 */
@Service
public class Accounts {

    private final UserAccounts accounts;

    Accounts(UserAccounts accounts) {
        this.accounts = accounts;
    }

    /** Returns false when there is no EMPLOYER of that name. */
    public boolean linkEmployer(String username, UUID employerId) {
        return accounts.linkEmployer(username, employerId);
    }

    /** Returns false when there is no WORKER of that name. */
    public boolean linkWorker(String username, UUID workerId) {
        return accounts.linkWorker(username, workerId);
    }

    /** The worker record a WORKER user is tied to, if any. */
    public Optional<UUID> linkedWorker(String username) {
        return accounts.findByUsername(username).map(account -> account.workerId());
    }

    /** The enterprise an EMPLOYER user is tied to, if any. */
    public Optional<UUID> linkedEmployer(String username) {
        return accounts.findByUsername(username).map(account -> account.employerId());
    }

    /** The signed-in form of a user: how seeding acts as that person through the same services. */
    public Optional<Caller> callerNamed(String username) {
        return accounts.findByUsername(username).map(account -> account.caller());
    }
}
