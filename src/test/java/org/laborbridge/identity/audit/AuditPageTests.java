package org.laborbridge.identity.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.laborbridge.identity.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@SpringBootTest
@AutoConfigureMockMvc
class AuditPageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    AuditLog auditLog;

    @Autowired
    AuditTrail trail;

    @Test
    void administratorsBrowseTheLogFilteredByAction() {
        auditLog.record(AuditLog.EXPORT, "WorkerList", "audit-page-tests");

        assertThat(mvc.get()
                        .uri("/audit")
                        .param("action", "EXPORT")
                        .header("Accept-Language", "en")
                        .with(user(users.loadUserByUsername("admin"))))
                .hasStatusOk()
                .bodyText()
                .contains("Audit log", "WorkerList audit-page-tests")
                .doesNotContain(">LOGIN_FAILED<");
    }

    @Test
    void othersAreForbiddenTheLog() {
        for (String name : new String[] {"caseworker", "approver", "xiangxi", "employer", "worker"}) {
            assertThat(mvc.get().uri("/audit").with(user(users.loadUserByUsername(name))))
                    .hasStatus(HttpStatus.FORBIDDEN);
        }
    }

    @Test
    void listsNewestFirstAndFiltersByActorAndDate() {
        auditLog.record(AuditLog.EXPORT, "Report", "first");
        auditLog.record(AuditLog.EXPORT, "Report", "second");
        LocalDate today = LocalDate.now(org.laborbridge.shared.BureauTime.ZONE);

        AuditEvents events = trail.find(new AuditFilter(AuditLog.SYSTEM, "EXPORT", today, today), 0, 2);

        assertThat(events.items()).extracting(AuditEvent::subjectId).containsExactly("second", "first");
        assertThat(trail.find(new AuditFilter(null, null, today.plusDays(1), null), 0, 10)
                        .total())
                .isZero();
        assertThat(trail.find(new AuditFilter(null, null, null, today.minusDays(1)), 0, 10)
                        .total())
                .isZero();
    }

    @Test
    void administratorsReadTheLogAsJson() {
        auditLog.record(AuditLog.VIEW_FULL_RESIDENT_ID, "Worker", "audit-api-tests");

        assertThat(mvc.get()
                        .uri("/api/v1/audit-events")
                        .param("action", "VIEW_FULL_RESIDENT_ID")
                        .param("size", "5")
                        .with(httpBasic("admin", "laborbridge-demo")))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.items[0].subjectId")
                .isEqualTo("audit-api-tests");
    }

    @Test
    void othersGetAForbiddenProblemFromTheJsonLog() {
        assertThat(mvc.get().uri("/api/v1/audit-events").with(httpBasic("caseworker", "laborbridge-demo")))
                .hasStatus(HttpStatus.FORBIDDEN)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
