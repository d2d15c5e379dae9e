package org.laborbridge.employers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.laborbridge.identity.Accounts;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.identity.TestUsers;
import org.laborbridge.identity.account.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Where each role lands on the enterprise pages, and what a refused form says next to its fields. */
@SpringBootTest
@AutoConfigureMockMvc
class EmployerPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    UserAccounts accounts;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    Accounts links;

    @Autowired
    Employers employers;

    @Test
    void anEmployerOpeningTheListLandsOnTheirOwnEnterprise() {
        EmployerId own = register("济南页面本企业测试公司");
        UserDetails employer = employerOf(own);

        assertThat(mvc.get().uri("/employers").with(user(employer))).hasRedirectedUrl("/employers/" + own);
        assertThat(mvc.get().uri("/employers/" + own).with(user(employer)))
                .hasStatusOk()
                .bodyText()
                .contains("济南页面本企业测试公司", "id=\"new-posting\"")
                .doesNotContain("id=\"verify\"");
    }

    @Test
    void anEmployerCannotOpenAnotherEnterprise() {
        EmployerId other = register("济南页面他企业测试公司");
        UserDetails employer = employerOf(register("济南页面自家测试公司"));

        assertThat(mvc.get().uri("/employers/" + other).with(user(employer))).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/employers/" + other + "/postings/new").with(user(employer)))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void anEmployerNotYetLinkedIsToldToAskTheBureau() {
        // A fresh user, not the demo "employer", whom the demo scenario links to an enterprise.
        UserDetails unlinked = users.loadUserByUsername(new TestUsers(accounts, passwords).create(Role.EMPLOYER));

        assertThat(mvc.get().uri("/employers").with(user(unlinked)))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"employer-unlinked\"");
    }

    @Test
    void theBureauAndPartnersSeeTheListAndOnlyTheBureauRegisters() {
        assertThat(mvc.get().uri("/employers").with(user(users.loadUserByUsername("caseworker"))))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"register-employer\"");
        assertThat(mvc.get().uri("/employers").with(user(users.loadUserByUsername("xiangxi"))))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("id=\"register-employer\"");
        assertThat(mvc.get().uri("/employers/new").with(user(users.loadUserByUsername("xiangxi"))))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/employers").with(user(users.loadUserByUsername("worker"))))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void aRefusedPostingFormExplainsEachFieldInTheUsersLanguage() {
        EmployerId employer = register("济南页面表单测试公司");

        assertThat(mvc.post()
                        .uri("/employers/" + employer + "/postings")
                        .header("Accept-Language", "en")
                        .param("title", "Assembler")
                        .param("jobType", "ASSEMBLY")
                        .param("headcount", "ten")
                        .param("wageMin", "5000")
                        .param("wageMax", "4000")
                        .param("workRegionCode", "370102")
                        .param("validUntil", "2099-01-01")
                        .with(csrf())
                        .with(user(users.loadUserByUsername("caseworker"))))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .bodyText()
                .contains("id=\"headcount-errors\"")
                .doesNotContain("id=\"wageMin-errors\"");
        assertThat(mvc.post()
                        .uri("/employers/" + employer + "/postings")
                        .header("Accept-Language", "en")
                        .param("title", "Assembler")
                        .param("jobType", "ASSEMBLY")
                        .param("headcount", "10")
                        .param("wageMin", "5000")
                        .param("wageMax", "4000")
                        .param("workRegionCode", "370102")
                        .param("validUntil", "2099-01-01")
                        .with(csrf())
                        .with(user(users.loadUserByUsername("caseworker"))))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .bodyText()
                .contains("The lowest monthly wage, CNY 5000.00, is above the highest, CNY 4000.00.");
    }

    private EmployerId register(String name) {
        return Callers.runAs(
                Postings.CASEWORKER,
                () -> employers.register(Postings.enterprise(name)).id());
    }

    private UserDetails employerOf(EmployerId employer) {
        String username = new TestUsers(accounts, passwords).create(Role.EMPLOYER);
        links.linkEmployer(username, employer.value());
        return users.loadUserByUsername(username);
    }
}
