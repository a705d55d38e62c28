package org.septel.screens;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import org.septel.WebTestSupport;
import org.septel.staff.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;

/**
 * Views driven without a browser (Karibu-Testing) inside the full application context: real services, real
 * engine, real database. {@link #logIn} sets both Spring Security's context and the servlet request, so Vaadin's
 * view access checks see the same person as the services do.
 */
abstract class KaribuSupport extends WebTestSupport {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("org.septel");

    @Autowired
    ApplicationContext context;

    void logIn(String username, Role role) {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
        var authentication = new UsernamePasswordAuthenticationToken(username, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role.name())));
        SecurityContextHolder.getContext().setAuthentication(authentication);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, wanted) -> wanted.equals(role.name()));
    }

    void logOut() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }
}
