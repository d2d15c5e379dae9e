package org.laborbridge.identity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laborbridge.identity.Role;
import org.laborbridge.identity.TestUsers;
import org.laborbridge.identity.account.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Where a sign-in lands: bureau and partner staff on the dashboard, employers and workers on the
 * home page, anyone on the page they asked for before signing in — except the home page itself,
 * which is how everyone opens the site.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LandingPageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    PasswordEncoder passwords;

    @ParameterizedTest(name = "{0} asking for {1} lands on {2}")
    @CsvSource({
        "ADMIN,      '',        /reporting",
        "CASEWORKER, '',        /reporting",
        "APPROVER,   '',        /reporting",
        "PARTNER,    '',        /reporting",
        "EMPLOYER,   '',        /",
        "WORKER,     '',        /",
        "CASEWORKER, /,         /reporting",
        "WORKER,     /,         /",
        "CASEWORKER, /workers,  http://localhost/workers?continue",
    })
    void landsStaffOnTheDashboardAndEveryoneElseAtHome(Role role, String asked, String landing) {
        String username = new TestUsers(accounts, passwords).create(role);
        MockHttpSession session = new MockHttpSession();
        if (!asked.isEmpty()) {
            assertThat(mvc.get().uri(asked).session(session)).hasStatus3xxRedirection();
        }

        MvcTestResult result = mvc.post()
                .uri("/login")
                .session(session)
                .param("username", username)
                .param("password", TestUsers.PASSWORD)
                .with(csrf())
                .exchange();

        assertThat(result).hasRedirectedUrl(landing);
    }
}
