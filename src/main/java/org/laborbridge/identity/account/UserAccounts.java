package org.laborbridge.identity.account;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.laborbridge.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The users of LaborBridge. Lockout times are computed by the database's clock so that every
 * application node agrees on when a lock ends.
 */
@Repository
public class UserAccounts {

    private static final String COLUMNS = """
            id, username, password_hash, display_name, role, region_codes, employer_id, worker_id, enabled,
            coalesce(locked_until > now(), false) as locked
            """;

    private final JdbcClient jdbc;

    UserAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql("select " + COLUMNS + " from app_user where username = :username")
                .param("username", username)
                .query(UserAccounts::account)
                .optional();
    }

    /** Creates the user unless the name is taken; returns whether it was created. */
    public boolean createIfAbsent(NewAccount account) {
        return jdbc.sql("""
                        insert into app_user (username, password_hash, display_name, role, region_codes, employer_id, worker_id)
                        values (:username, :passwordHash, :displayName, :role, :regionCodes, :employerId, :workerId)
                        on conflict (username) do nothing
                        """)
                        .param("username", account.username())
                        .param("passwordHash", account.passwordHash())
                        .param(
                                "displayName",
                                account.displayName() == null ? account.username() : account.displayName())
                        .param("role", account.role().name())
                        .param("regionCodes", account.regionCodes().toArray(String[]::new))
                        .param("employerId", account.employerId())
                        .param("workerId", account.workerId())
                        .update()
                == 1;
    }

    public boolean anyWithRole(Role role) {
        return jdbc.sql("select exists (select 1 from app_user where role = :role and enabled)")
                .param("role", role.name())
                .query(Boolean.class)
                .single();
    }

    /**
     * Counts a wrong password; the attempt that reaches {@code maximum} locks the account for
     * {@code lockFor} and starts a fresh count for after the lock. Returns whether this attempt
     * locked the account.
     */
    public boolean recordFailedSignIn(String username, int maximum, Duration lockFor) {
        return jdbc.sql("""
                        update app_user set
                            locked_until = case when failed_attempts + 1 >= :maximum
                                                then now() + make_interval(secs => :seconds) else locked_until end,
                            failed_attempts = case when failed_attempts + 1 >= :maximum then 0 else failed_attempts + 1 end
                        where username = :username
                        returning coalesce(locked_until > now(), false) and failed_attempts = 0
                        """)
                .param("username", username)
                .param("maximum", maximum)
                .param("seconds", (double) lockFor.toSeconds())
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    public void recordSuccessfulSignIn(String username) {
        jdbc.sql("update app_user set failed_attempts = 0 where username = :username and failed_attempts > 0")
                .param("username", username)
                .update();
    }

    public boolean linkEmployer(String username, UUID employerId) {
        return jdbc.sql(
                                "update app_user set employer_id = :employerId where username = :username and role = 'EMPLOYER'")
                        .param("username", username)
                        .param("employerId", employerId)
                        .update()
                == 1;
    }

    public boolean linkWorker(String username, UUID workerId) {
        return jdbc.sql("update app_user set worker_id = :workerId where username = :username and role = 'WORKER'")
                        .param("username", username)
                        .param("workerId", workerId)
                        .update()
                == 1;
    }

    private static UserAccount account(ResultSet row, int rowNumber) throws SQLException {
        return new UserAccount(
                row.getLong("id"),
                row.getString("username"),
                row.getString("password_hash"),
                row.getString("display_name"),
                Role.valueOf(row.getString("role")),
                codes(row.getArray("region_codes")),
                row.getObject("employer_id", UUID.class),
                row.getObject("worker_id", UUID.class),
                row.getBoolean("enabled"),
                row.getBoolean("locked"));
    }

    private static List<String> codes(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
