package org.septel.security;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Actuator, for monitoring systems and administrators: stateless HTTP Basic, so an anonymous probe gets a 401 (not
 * the login page); the bare health status is open to load balancers, everything else is for administrators.
 */
@ConditionalOnWebApplication
@Configuration
class ActuatorSecurityConfiguration {

    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

    @Bean
    @Order(0)
    SecurityFilterChain actuator(HttpSecurity http) throws Exception {
        http.securityMatcher(PATHS.matcher("/actuator/**"))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PATHS.matcher("/actuator/health"), PATHS.matcher("/actuator/health/liveness"),
                                PATHS.matcher("/actuator/health/readiness")).permitAll()
                        .anyRequest().hasRole(AppRoles.ADMIN))
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, failure) -> {
                    response.setHeader("WWW-Authenticate", "Basic realm=\"Septel\"");
                    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                }))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless Basic sends no cookie, so there is no session for CSRF to ride on.
                .csrf(csrf -> csrf.disable());
        return http.build();
    }
}
