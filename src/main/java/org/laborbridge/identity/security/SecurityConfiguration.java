package org.laborbridge.identity.security;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import java.time.Clock;
import org.laborbridge.identity.Role;
import org.laborbridge.identity.account.UserAccounts;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pages sign in with a form and keep a session; the JSON API also accepts HTTP Basic so that
 * scripts need no session. Both share the lockout, the security headers and the absolute
 * session limit.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SignInPolicy.class)
class SecurityConfiguration {

    static final String API = "/api/v1/**";

    // Bootstrap, htmx and ECharts are served from our own /webjars, so nothing needs another origin
    // and no inline script or style is allowed.
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private static final String[] PUBLIC_PAGES = {
        "/login",
        "/public/**",
        "/error",
        "/webjars/**",
        "/css/**",
        "/js/**",
        "/favicon.ico",
        "/actuator/health",
        "/actuator/health/**",
        "/v3/api-docs",
        "/v3/api-docs/**",
        "/swagger-ui/**",
        "/swagger-ui.html"
    };

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(UserAccounts accounts) {
        return new AccountDetailsService(accounts);
    }

    @Bean
    AuthenticationManager authenticationManager(
            UserDetailsService users, PasswordEncoder passwords, AuthenticationEventPublisher events) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwords);
        // Lock and disabled checks run after the password check, so that a locked account takes
        // as long to answer as any other and the response time does not reveal the lock.
        provider.setPreAuthenticationChecks(user -> {});
        provider.setPostAuthenticationChecks(user -> {
            if (!user.isAccountNonLocked()) {
                throw new LockedException("Account locked");
            }
            if (!user.isEnabled()) {
                throw new DisabledException("Account disabled");
            }
        });
        ProviderManager manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }

    @Bean
    ApiAccessProblems apiAccessProblems(MessageSource messages, LocaleResolver locales, JsonMapper json) {
        return new ApiAccessProblems(messages, locales, json);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http, AuthenticationManager manager, ApiAccessProblems problems, SignInPolicy policy) {
        RequestMatcher api = pathPattern(API);
        http.securityMatcher(api)
                .authenticationManager(manager)
                .authorizeHttpRequests(
                        requests -> requests.requestMatchers("/api/v1/audit-events", "/api/v1/audit-events/**")
                                .hasRole(Role.ADMIN.name())
                                .anyRequest()
                                .authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(new AndRequestMatcher(
                        CsrfFilter.DEFAULT_CSRF_MATCHER, new NegatedRequestMatcher(new BasicCredentialsRequest()))))
                .requestCache(cache -> cache.disable())
                .headers(SecurityConfiguration::securityHeaders)
                .addFilterAfter(sessionLifetime(policy, api), SecurityContextHolderFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, AuthenticationManager manager, SignInPolicy policy) {
        http.authenticationManager(manager)
                .authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PAGES)
                        .permitAll()
                        .requestMatchers("/audit", "/audit/**")
                        .hasRole(Role.ADMIN.name())
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(new LandingPage())
                        .failureUrl("/login?error")
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
                .csrf(Customizer.withDefaults())
                .headers(SecurityConfiguration::securityHeaders)
                .addFilterAfter(sessionLifetime(policy, pathPattern(API)), SecurityContextHolderFilter.class);
        return http.build();
    }

    private static SessionLifetimeFilter sessionLifetime(SignInPolicy policy, RequestMatcher api) {
        return new SessionLifetimeFilter(policy.absoluteSessionTimeout(), Clock.systemUTC(), api);
    }

    private static void securityHeaders(HeadersConfigurer<HttpSecurity> headers) {
        // Content-type options and Cache-Control: no-store are Spring Security's defaults and stay on.
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frames -> frames.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()"));
    }
}
