package org.laborbridge.identity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@SpringBootTest
@AutoConfigureMockMvc
class RequestProtectionTests {

    private static final String DEMO_PASSWORD = "laborbridge-demo";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void apiWithoutCredentialsAnswers401ProblemDetails() {
        MvcTestResult result = mvc.get()
                .uri("/api/v1/anything")
                .header("Accept-Language", "en")
                .exchange();

        assertThat(result)
                .hasStatus(HttpStatus.UNAUTHORIZED)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .doesNotContainHeader("WWW-Authenticate");
        assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(401);
        assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("Not signed in");
        assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("HTTP Basic");
    }

    @Test
    void apiPostWithoutCredentialsAnswers401NotACsrfError() {
        assertThat(mvc.post().uri("/api/v1/anything")).hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void pagesWithoutSessionRedirectToTheSignInPageWithoutABasicChallenge() {
        assertThat(mvc.get().uri("/"))
                .hasStatus(HttpStatus.FOUND)
                .doesNotContainHeader("WWW-Authenticate")
                .redirectedUrl()
                .endsWith("/login");
    }

    @Test
    void publicResourcesNeedNoSignIn() {
        assertThat(mvc.get().uri("/login")).hasStatusOk();
        assertThat(mvc.get().uri("/actuator/health")).hasStatusOk();
        assertThat(mvc.get().uri("/css/laborbridge.css")).hasStatusOk();
    }

    @Test
    void formPostsNeedTheCsrfToken() {
        assertThat(mvc.post().uri("/login").param("username", "admin").param("password", DEMO_PASSWORD))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/logout").with(user(users.loadUserByUsername("caseworker"))))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post()
                        .uri("/logout")
                        .with(user(users.loadUserByUsername("caseworker")))
                        .with(csrf()))
                .hasRedirectedUrl("/login?logout");
    }

    @Test
    void sessionAuthenticatedApiPostsNeedTheCsrfToken() {
        MvcTestResult withoutToken = mvc.post()
                .uri("/api/v1/anything")
                .with(user(users.loadUserByUsername("admin")))
                .exchange();
        MvcTestResult withToken = mvc.post()
                .uri("/api/v1/anything")
                .with(user(users.loadUserByUsername("admin")))
                .with(csrf())
                .exchange();

        assertThat(withoutToken)
                .hasStatus(HttpStatus.FORBIDDEN)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(withToken.getResponse().getStatus()).isNotIn(401, 403);
    }

    @Test
    void basicAuthenticatedApiPostsNeedNoCsrfToken() {
        MvcTestResult result = mvc.post()
                .uri("/api/v1/anything")
                .with(httpBasic("admin", DEMO_PASSWORD))
                .exchange();

        assertThat(result.getResponse().getStatus()).isNotIn(401, 403);
    }

    @Test
    void basicAuthenticatedApiCallsCreateNoSession() {
        MvcTestResult result = mvc.get()
                .uri("/api/v1/anything")
                .with(httpBasic("admin", DEMO_PASSWORD))
                .exchange();

        assertThat(result.getRequest().getSession(false)).isNull();
    }

    @Test
    void pagesCarryTheSecurityHeaders() {
        MvcTestResult result = mvc.get().uri("/login").exchange();

        assertThat(result)
                .hasHeader("X-Frame-Options", "DENY")
                .hasHeader("X-Content-Type-Options", "nosniff")
                .hasHeader("Referrer-Policy", "same-origin");
        assertThat(result.getResponse().getHeader("Content-Security-Policy"))
                .contains(
                        "default-src 'self'",
                        "script-src 'self'",
                        "style-src 'self'",
                        "img-src 'self' data:",
                        "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(result.getResponse().getHeader("Cache-Control")).contains("no-store");
    }

    @Test
    void apiResponsesCarryTheSecurityHeaders() {
        MvcTestResult result = mvc.get().uri("/api/v1/anything").exchange();

        assertThat(result).hasHeader("X-Frame-Options", "DENY").hasHeader("X-Content-Type-Options", "nosniff");
        assertThat(result.getResponse().getHeader("Content-Security-Policy")).contains("default-src 'self'");
    }
}
