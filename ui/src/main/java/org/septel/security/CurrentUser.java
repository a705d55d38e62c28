package org.septel.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.septel.clearance.Reader;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.septel.staff.Role;
import org.septel.staff.StaffDirectory;
import org.septel.staff.StaffMember;
import org.septel.workflow.Actor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** The person logged in (to this UI session, or to this API request), as the modules need to see them. */
@ConditionalOnWebApplication
@Component
public class CurrentUser {

    private final AuthenticationContext authentication;
    private final StaffDirectory staff;
    private final String reviewingDeskGroup;
    private final String managerGroup;

    CurrentUser(AuthenticationContext authentication, StaffDirectory staff,
            org.septel.workflow.WorkflowProperties workflow) {
        this.authentication = authentication;
        this.staff = staff;
        this.reviewingDeskGroup = workflow.defaultDeskGroup();
        this.managerGroup = workflow.managerGroup();
    }

    public StaffMember member() {
        // From Spring Security's context (not Vaadin's), so that API requests authenticated by token resolve too.
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current == null || current instanceof AnonymousAuthenticationToken || !current.isAuthenticated()) {
            throw new IllegalStateException("no one is logged in");
        }
        String username = current.getName();
        return staff.find(username).orElseThrow(() -> new IllegalStateException("unknown user " + username));
    }

    /** The candidate groups whose tasks this person may work. */
    public Actor actor() {
        StaffMember member = member();
        List<String> groups = new ArrayList<>();
        if (member.role() == Role.DESK_OFFICER) {
            groups.add(reviewingDeskGroup);
        }
        if (member.role() == Role.MANAGER) {
            groups.add(managerGroup);
        }
        if (member.desk() != null) {
            groups.add(StaffDirectory.DESK_GROUP_PREFIX + member.desk());
        }
        staff.managedDesks(member.username()).forEach(desk -> groups.add(StaffDirectory.DESK_GROUP_PREFIX + desk));
        return new Actor(member.username(), groups, member.clearance());
    }

    public Reader reader() {
        String username = member().username();
        return staff.readerFor(username).orElseThrow(() -> new IllegalStateException("unknown user " + username));
    }

    public void logout() {
        authentication.logout();
    }
}
