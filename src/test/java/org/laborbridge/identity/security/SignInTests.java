package org.laborbridge.identity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.laborbridge.identity.Role;
import org.laborbridge.identity.TestUsers;
import org.laborbridge.identity.account.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@SpringBootTest
@AutoConfigureMockMvc
class SignInTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    PasswordEncoder passwords;

    private String username;

    @BeforeEach
    void createUser() {
        username = new TestUsers(accounts, passwords).create(Role.CASEWORKER);
    }

    @Test
    void signsInWithTheRightPasswordAndLandsOnTheDashboard() {
        MvcTestResult result = signIn(username, TestUsers.PASSWORD);

        assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/reporting");
    }

    @Test
    void acceptsTheUserNameInAnyCase() {
        assertThat(signIn(username.toUpperCase(), TestUsers.PASSWORD)).hasRedirectedUrl("/reporting");
    }

    @Test
    void locksTheAccountAfterFiveWrongPasswordsEvenAgainstTheRightOne() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(signIn(username, "wrong-" + attempt)).hasRedirectedUrl("/login?error");
        }

        assertThat(accounts.findByUsername(username))
                .hasValueSatisfying(account -> assertThat(account.locked()).isTrue());
        assertThat(signIn(username, TestUsers.PASSWORD))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/login?error");
        assertThat(basic(username, TestUsers.PASSWORD)).hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void locksTheAccountAfterFiveWrongPasswordsOverHttpBasicToo() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(basic(username, "wrong-" + attempt)).hasStatus(HttpStatus.UNAUTHORIZED);
        }

        assertThat(signIn(username, TestUsers.PASSWORD)).hasRedirectedUrl("/login?error");
    }

    @Test
    void aSuccessfulSignInStartsTheCountAgain() {
        for (int attempt = 1; attempt <= 4; attempt++) {
            signIn(username, "wrong-" + attempt);
        }
        assertThat(signIn(username, TestUsers.PASSWORD)).hasRedirectedUrl("/reporting");
        for (int attempt = 1; attempt <= 4; attempt++) {
            signIn(username, "wrong-" + attempt);
        }

        assertThat(signIn(username, TestUsers.PASSWORD)).hasRedirectedUrl("/reporting");
    }

    @Test
    void unknownUserAndWrongPasswordGetIdenticalAnswers() {
        MvcTestResult wrongPassword = signIn(username, "wrong");
        MvcTestResult unknownUser = signIn("nobody-" + System.nanoTime(), "wrong");

        assertThat(unknownUser.getResponse().getStatus())
                .isEqualTo(wrongPassword.getResponse().getStatus());
        assertThat(unknownUser.getResponse().getRedirectedUrl())
                .isEqualTo(wrongPassword.getResponse().getRedirectedUrl());

        MvcTestResult wrongPasswordApi = basic(username, "wrong");
        MvcTestResult unknownUserApi = basic("nobody-" + System.nanoTime(), "wrong");
        assertThat(unknownUserApi).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(unknownUserApi.getResponse().getContentAsByteArray())
                .isEqualTo(wrongPasswordApi.getResponse().getContentAsByteArray());
    }

    @Test
    void lockedAccountGetsTheSameAnswerAsAWrongPassword() {
        String other = new TestUsers(accounts, passwords).create(Role.CASEWORKER);
        MvcTestResult wrongPassword = basic(other, "wrong");
        for (int attempt = 1; attempt <= 5; attempt++) {
            basic(username, "wrong");
        }

        MvcTestResult locked = basic(username, TestUsers.PASSWORD);

        assertThat(locked).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(locked.getResponse().getContentAsByteArray())
                .isEqualTo(wrongPassword.getResponse().getContentAsByteArray());
    }

    @Test
    void theSignInPageNamesNoReasonForAFailure() {
        assertThat(mvc.get().uri("/login?error").header("Accept-Language", "en"))
                .hasStatusOk()
                .bodyText()
                .contains("User name or password wrong, or account temporarily locked.");
        assertThat(mvc.get().uri("/login?error")).bodyText().contains("用户名或密码错误，或账户暂时被锁定。");
    }

    @Test
    void issuesANewSessionIdAtSignIn() {
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();

        MvcTestResult result = mvc.post()
                .uri("/login")
                .session(session)
                .param("username", username)
                .param("password", TestUsers.PASSWORD)
                .with(csrf())
                .exchange();

        assertThat(result).hasRedirectedUrl("/reporting");
        assertThat(result.getRequest().getSession(false)).isNotNull();
        assertThat(result.getRequest().getSession(false).getId()).isNotEqualTo(before);
    }

    @Test
    void signingOutLeadsBackToTheSignInPage() {
        MvcTestResult signedIn = signIn(username, TestUsers.PASSWORD);
        MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession(false);

        assertThat(mvc.post().uri("/logout").session(session).with(csrf())).hasRedirectedUrl("/login?logout");
        assertThat(session.isInvalid()).isTrue();
    }

    private MvcTestResult signIn(String name, String password) {
        return mvc.post()
                .uri("/login")
                .param("username", name)
                .param("password", password)
                .with(csrf())
                .exchange();
    }

    private MvcTestResult basic(String name, String password) {
        return mvc.get().uri("/api/v1/anything").with(httpBasic(name, password)).exchange();
    }
}
