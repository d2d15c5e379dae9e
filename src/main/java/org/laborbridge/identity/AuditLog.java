package org.laborbridge.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.util.Assert;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The append-only record of who saw or took sensitive data. Every full view of a resident ID or
 * phone number and every export must be recorded here; the actor and their address are taken from
 * the current request, so callers cannot name someone else.
 */
@Service
public class AuditLog {

    public static final String LOGIN = "LOGIN";
    public static final String LOGIN_FAILED = "LOGIN_FAILED";
    public static final String VIEW_FULL_RESIDENT_ID = "VIEW_FULL_RESIDENT_ID";
    public static final String VIEW_FULL_PHONE = "VIEW_FULL_PHONE";
    public static final String EXPORT = "EXPORT";

    /** The actor of entries written outside any request, e.g. by scheduled jobs. */
    public static final String SYSTEM = "system";

    private static final Pattern ACTION = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String action, String subjectType, String subjectId) {
        record(action, subjectType, subjectId, null);
    }

    public void record(String action, String subjectType, String subjectId, String detail) {
        Optional<Caller> caller = Callers.find();
        append(
                caller.map(Caller::username).orElse(SYSTEM),
                caller.map(Caller::role).orElse(null),
                action,
                subjectType,
                subjectId,
                currentRemoteAddress(),
                detail);
    }

    void append(
            String actor,
            Role role,
            String action,
            String subjectType,
            String subjectId,
            String remoteAddress,
            String detail) {
        Assert.hasText(actor, "An audit entry needs an actor");
        Assert.isTrue(action != null && ACTION.matcher(action).matches(), "Audit actions are UPPER_SNAKE_CASE");
        jdbc.sql("""
                        insert into audit_log (actor, role, action, subject_type, subject_id, remote_address, detail)
                        values (:actor, :role, :action, :subjectType, :subjectId, :remoteAddress, :detail)
                        """)
                .param("actor", actor)
                .param("role", role == null ? null : role.name())
                .param("action", action)
                .param("subjectType", subjectType)
                .param("subjectId", subjectId)
                .param("remoteAddress", remoteAddress)
                .param("detail", detail)
                .update();
    }

    static String currentRemoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
