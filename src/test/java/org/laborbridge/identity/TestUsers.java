package org.laborbridge.identity;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.laborbridge.identity.account.NewAccount;
import org.laborbridge.identity.account.UserAccounts;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Creates throw-away users so that lockouts in one test never affect another. */
public final class TestUsers {

    public static final String PASSWORD = "correct-horse-battery";

    private static final AtomicInteger sequence = new AtomicInteger();

    private final UserAccounts accounts;
    private final PasswordEncoder passwords;

    public TestUsers(UserAccounts accounts, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.passwords = passwords;
    }

    public String create(Role role) {
        String username = "test-" + role.name().toLowerCase() + "-" + sequence.incrementAndGet() + "-"
                + Long.toString(System.nanoTime(), 36);
        NewAccount account = NewAccount.of(username, passwords.encode(PASSWORD), "测试用户", role);
        accounts.createIfAbsent(role == Role.PARTNER ? account.inRegions(List.of("433100")) : account);
        return username;
    }
}
