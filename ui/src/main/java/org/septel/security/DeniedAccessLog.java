package org.septel.security;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import jakarta.servlet.http.HttpServletRequest;
import org.septel.audit.AccessDenials;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Keeps every refusal of a signed-in person in the access-denial log: requests Spring Security refuses (the APIs,
 * the engine's tools) and screens Vaadin refuses by their access annotations. Anonymous visitors sent to the login
 * are not refusals worth a security officer's time and are left out.
 */
@ConditionalOnWebApplication
@Configuration
class DeniedAccessLog {

    private final AccessDenials denials;

    DeniedAccessLog(AccessDenials denials) {
        this.denials = denials;
    }

    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }

    @EventListener
    void on(AuthorizationDeniedEvent<?> denied) {
        Authentication who = denied.getAuthentication().get();
        if (who == null || who instanceof AnonymousAuthenticationToken || !who.isAuthenticated()) {
            return;
        }
        String resource = denied.getObject() instanceof HttpServletRequest request
                ? request.getMethod() + " " + request.getRequestURI() : String.valueOf(denied.getObject());
        denials.record(who.getName(), resource, "the person's role does not allow it");
    }

    @Bean
    VaadinServiceInitListener deniedScreens(AccessAnnotationChecker checker) {
        return (ServiceInitEvent service) -> service.getSource().addUIInitListener(ui -> ui.getUI()
                .addBeforeEnterListener((BeforeEnterEvent event) -> {
                    Authentication who = SecurityContextHolder.getContext().getAuthentication();
                    if (who != null && !(who instanceof AnonymousAuthenticationToken) && who.isAuthenticated()
                            && !checker.hasAccess(event.getNavigationTarget())) {
                        denials.record(who.getName(), "screen /" + event.getLocation().getPath(),
                                "the person's role does not allow it");
                    }
                }));
    }
}
