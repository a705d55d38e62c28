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
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import java.util.Map;

/**
 * Two filter chains: the engine's REST API (stateless HTTP Basic, administrators only) and everything else
 * (Vaadin's form login; Cockpit, Tasklist and Admin for administrators only, signed in through the same login).
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

    /** Septel's own API: stateless HTTP Basic against the same accounts, the same roles as the screens. */
    @Bean
    @Order(2)
    SecurityFilterChain septelApi(HttpSecurity http) throws Exception {
        http.securityMatcher(PATHS.matcher("/api/**"))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PATHS.matcher("/api/cables/import")).hasRole(AppRoles.ADMIN)
                        .anyRequest().authenticated());
        return statelessBasic(http).build();
    }

    @Bean
    @Order(3)
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
