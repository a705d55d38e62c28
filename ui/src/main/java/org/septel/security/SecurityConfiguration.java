package org.septel.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import java.util.Map;

/**
 * Four filter chains: the engine's REST API (stateless HTTP Basic, administrators only), Septel's API (session,
 * Basic or API token), calendar feeds (the token in the path), and everything else (Vaadin's form login; Cockpit,
 * Tasklist and Admin for administrators only, signed in through the same login; Swagger UI for anyone logged in).
 */
@ConditionalOnWebApplication
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

    @Bean
    @Order(1)
    SecurityFilterChain engineRestApi(HttpSecurity http) throws Exception {
        http.securityMatcher(PATHS.matcher("/engine-rest/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(AppRoles.ADMIN));
        return statelessBasic(http).build();
    }

    /**
     * Septel's own API and its OpenAPI document: the screens' session, HTTP Basic against the same accounts, or a
     * personal API token (Bearer); the same roles as the screens. The API never creates a session. A write that
     * rides on the session cookie alone needs the CSRF token; one that carries credentials of its own cannot be
     * forged by another site, so it needs none (see ADR 0014).
     */
    @Bean
    @Order(2)
    SecurityFilterChain septelApi(HttpSecurity http, ApiTokens tokens, StaffUserDetailsService users) throws Exception {
        http.securityMatcher(new OrRequestMatcher(PATHS.matcher("/api/**"), PATHS.matcher("/v3/api-docs"),
                        PATHS.matcher("/v3/api-docs/**")))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PATHS.matcher("/api/cables/import")).hasRole(AppRoles.ADMIN)
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(ProblemResponses::unauthorized))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(ProblemResponses::unauthorized)
                        .accessDeniedHandler(ProblemResponses::forbidden))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .securityContext(context -> context.securityContextRepository(new DelegatingSecurityContextRepository(
                        new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository())))
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfiguration::writeOnSessionCookieAlone))
                .addFilterBefore(new BearerTokenFilter(tokens, users), BasicAuthenticationFilter.class);
        return http.build();
    }

    /** Personal calendar feeds: the secret token in the path is the credential; no session, no login page. */
    @Bean
    @Order(3)
    SecurityFilterChain calendarFeedChain(HttpSecurity http) throws Exception {
        http.securityMatcher(PATHS.matcher("/feeds/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable());
        return http.build();
    }

    private static boolean writeOnSessionCookieAlone(HttpServletRequest request) {
        String method = request.getMethod();
        boolean safe = "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)
                || "TRACE".equals(method);
        // Without a session cookie there is nothing to forge; such a caller gets the plain 401.
        return !safe && request.getHeader("Authorization") == null && request.getRequestedSessionId() != null;
    }

    @Bean
    @Order(4)
    SecurityFilterChain peopleAndEngineWebapps(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                .requestMatchers(PATHS.matcher("/styles/**")).permitAll()
                .requestMatchers(PATHS.matcher("/camunda/**")).hasRole(AppRoles.ADMIN)
                .requestMatchers(PATHS.matcher("/actuator/health"), PATHS.matcher("/actuator/health/**")).permitAll()
                .requestMatchers(PATHS.matcher("/actuator/**")).hasRole(AppRoles.ADMIN));
        // Camunda's webapps send their own CSRF token (X-XSRF-TOKEN) and check it with their own filter.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(PATHS.matcher("/camunda/**")));
        http.headers(headers -> headers
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frame -> frame.sameOrigin()));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    private static HttpSecurity statelessBasic(HttpSecurity http) throws Exception {
        return http
                // Answer 401 with a Basic challenge directly: sendError would re-dispatch to /error.
                .httpBasic(basic -> basic.authenticationEntryPoint(SecurityConfiguration::basicChallenge))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless Basic authentication sends no cookie, so there is no session for CSRF to ride on.
                .csrf(csrf -> csrf.disable());
    }

    private static void basicChallenge(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException failure) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Septel\"");
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /** Signs the person already logged in to Septel in to Camunda's webapps, so there is one login, not two. */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappSingleSignOn() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(Map.of("authentication-provider",
                CamundaWebappAuthenticationProvider.class.getName()));
        registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
        // After Spring Security's chain (order -100), so the security context is already there.
        registration.setOrder(101);
        return registration;
    }
}
