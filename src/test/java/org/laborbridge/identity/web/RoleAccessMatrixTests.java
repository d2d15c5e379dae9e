package org.laborbridge.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

/** Who may reach the identity module's pages and API; 302 is the way to the sign-in page. */
@SpringBootTest
@AutoConfigureMockMvc
class RoleAccessMatrixTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService users;

    @ParameterizedTest(name = "{0} GET {1} → {2}")
    @CsvSource({
        "anonymous,  /,                    302",
        "anonymous,  /login,               200",
        "anonymous,  /audit,               302",
        "anonymous,  /api/v1/audit-events, 401",
        "admin,      /,                    200",
        "admin,      /login,               302",
        "admin,      /audit,               200",
        "admin,      /api/v1/audit-events, 200",
        "caseworker, /,                    200",
        "caseworker, /audit,               403",
        "caseworker, /api/v1/audit-events, 403",
        "approver,   /,                    200",
        "approver,   /audit,               403",
        "approver,   /api/v1/audit-events, 403",
        "xiangxi,    /,                    200",
        "xiangxi,    /audit,               403",
        "xiangxi,    /api/v1/audit-events, 403",
        "linyi,      /,                    200",
        "linyi,      /audit,               403",
        "employer,   /,                    200",
        "employer,   /audit,               403",
        "employer,   /api/v1/audit-events, 403",
        "worker,     /,                    200",
        "worker,     /audit,               403",
        "worker,     /api/v1/audit-events, 403",
    })
    void decidesAccessByRole(String who, String path, int expectedStatus) {
        MockMvcRequestBuilder request = mvc.get().uri(path);
        if (!"anonymous".equals(who)) {
            request = request.with(user(users.loadUserByUsername(who)));
        }

        assertThat(request).hasStatus(expectedStatus);
    }
}
