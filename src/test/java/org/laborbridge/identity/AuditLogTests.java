package org.laborbridge.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.laborbridge.identity.account.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@SpringBootTest
@AutoConfigureMockMvc
class AuditLogTests {

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    UserAccounts accounts;

    @Autowired
    PasswordEncoder passwords;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void recordsTheSignedInCallerAsActor() {
        UserDetails caseworker = users.loadUserByUsername("caseworker");
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        caseworker, null, caseworker.getAuthorities()));

        auditLog.record(AuditLog.VIEW_FULL_PHONE, "Worker", "audit-log-tests-1");

        Map<String, Object> row = entryFor("audit-log-tests-1");
        assertThat(row)
                .containsEntry("actor", "caseworker")
                .containsEntry("role", "CASEWORKER")
                .containsEntry("action", "VIEW_FULL_PHONE")
                .containsEntry("subject_type", "Worker");
    }

    @Test
    void recordsSystemAsActorOutsideAnyRequest() {
        auditLog.record(AuditLog.EXPORT, "Report", "audit-log-tests-2");

        assertThat(entryFor("audit-log-tests-2")).containsEntry("actor", AuditLog.SYSTEM);
    }

    @Test
    void recordsSignIns() {
        String username = new TestUsers(accounts, passwords).create(Role.APPROVER);

        assertThat(mvc.post()
                        .uri("/login")
                        .param("username", username)
                        .param("password", TestUsers.PASSWORD)
                        .with(csrf()))
                .hasRedirectedUrl("/reporting");

        assertThat(actionsOf(username)).containsExactly(AuditLog.LOGIN);
        assertThat(jdbc.sql("select role, remote_address from audit_log where actor = ?")
                        .param(username)
                        .query()
                        .singleRow())
                .containsEntry("role", "APPROVER")
                .containsEntry("remote_address", "127.0.0.1");
    }

    @Test
    void recordsFailedSignInsUnderTheAttemptedNameEvenWhenNoSuchUserExists() {
        String stranger = "nobody-" + System.nanoTime();

        assertThat(mvc.post()
                        .uri("/login")
                        .param("username", stranger)
                        .param("password", "guess")
                        .with(csrf()))
                .hasRedirectedUrl("/login?error");

        assertThat(actionsOf(stranger)).containsExactly(AuditLog.LOGIN_FAILED);
    }

    @Test
    void rejectsUpdates() {
        auditLog.record(AuditLog.EXPORT, "Report", "audit-log-tests-update");

        assertThatThrownBy(() -> jdbc.sql("update audit_log set actor = 'someone-else' where subject_id = ?")
                        .param("audit-log-tests-update")
                        .update())
                .isInstanceOf(DataAccessException.class);
        assertThat(entryFor("audit-log-tests-update")).containsEntry("actor", AuditLog.SYSTEM);
    }

    @Test
    void rejectsDeletes() {
        auditLog.record(AuditLog.EXPORT, "Report", "audit-log-tests-delete");

        assertThatThrownBy(() -> jdbc.sql("delete from audit_log where subject_id = ?")
                        .param("audit-log-tests-delete")
                        .update())
                .isInstanceOf(DataAccessException.class);
        assertThat(entryFor("audit-log-tests-delete")).isNotEmpty();
    }

    @Test
    void rejectsTruncation() {
        auditLog.record(AuditLog.EXPORT, "Report", "audit-log-tests-truncate");

        assertThatThrownBy(() -> jdbc.sql("truncate audit_log").update()).isInstanceOf(DataAccessException.class);
        assertThat(entryFor("audit-log-tests-truncate")).isNotEmpty();
    }

    @Test
    void refusesActionsThatAreNotUpperSnakeCase() {
        assertThatThrownBy(() -> auditLog.record("viewed phone", "Worker", "1"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private Map<String, Object> entryFor(String subjectId) {
        return jdbc.sql("select * from audit_log where subject_id = ?")
                .param(subjectId)
                .query()
                .singleRow();
    }

    private List<String> actionsOf(String actor) {
        return jdbc.sql("select action from audit_log where actor = ? order by id")
                .param(actor)
                .query(String.class)
                .list();
    }
}
