package org.laborbridge.identity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@SpringBootTest
@AutoConfigureMockMvc
class SessionLifetimeFilterTests {

    private static final Duration TWELVE_HOURS = Duration.ofHours(12);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void keepsASessionYoungerThanTwelveHours() throws Exception {
        MockHttpSession session = new MockHttpSession();
        MockFilterChain chain = new MockFilterChain();

        filterAt(Instant.ofEpochMilli(session.getCreationTime()).plus(Duration.ofHours(11)))
                .doFilter(requestWith(session, "/"), new MockHttpServletResponse(), chain);

        assertThat(session.isInvalid()).isFalse();
        assertThat(chain.getRequest()).isNotNull();
    }

    @Test
    void endsASessionOlderThanTwelveHoursAndSendsPagesToSignIn() throws Exception {
        MockHttpSession session = new MockHttpSession();
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        filterAt(Instant.ofEpochMilli(session.getCreationTime())
                        .plus(Duration.ofHours(12).plusMinutes(1)))
                .doFilter(requestWith(session, "/workers"), response, chain);

        assertThat(session.isInvalid()).isTrue();
        assertThat(response.getRedirectedUrl()).isEqualTo("/login?expired");
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void letsExpiredApiRequestsContinueWithoutTheSession() throws Exception {
        MockHttpSession session = new MockHttpSession();
        MockFilterChain chain = new MockFilterChain();

        filterAt(Instant.ofEpochMilli(session.getCreationTime()).plus(Duration.ofDays(1)))
                .doFilter(requestWith(session, "/api/v1/workers"), new MockHttpServletResponse(), chain);

        assertThat(session.isInvalid()).isTrue();
        assertThat(chain.getRequest()).isNotNull();
    }

    @Test
    void anActiveButOldSignedInSessionIsSentBackToSignIn() {
        UserDetails caseworker = users.loadUserByUsername("caseworker");
        MockHttpSession young = signedInSession(caseworker, Duration.ofHours(1));
        MockHttpSession old = signedInSession(caseworker, TWELVE_HOURS.plusMinutes(5));

        assertThat(mvc.get().uri("/").session(young)).hasStatusOk();
        assertThat(mvc.get().uri("/").session(old)).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login?expired");
        assertThat(old.isInvalid()).isTrue();
    }

    private static SessionLifetimeFilter filterAt(Instant now) {
        return new SessionLifetimeFilter(TWELVE_HOURS, Clock.fixed(now, ZoneOffset.UTC), pathPattern("/api/v1/**"));
    }

    private static MockHttpServletRequest requestWith(MockHttpSession session, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setSession(session);
        return request;
    }

    private static MockHttpSession signedInSession(UserDetails user, Duration age) {
        MockHttpSession session = new AgedSession(age);
        session.setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
        return session;
    }

    /** MockHttpSession cannot be back-dated, and waiting twelve hours is not an option. */
    private static final class AgedSession extends MockHttpSession {

        private final long creationTime;

        AgedSession(Duration age) {
            this.creationTime = System.currentTimeMillis() - age.toMillis();
        }

        @Override
        public long getCreationTime() {
            return creationTime;
        }
    }
}
