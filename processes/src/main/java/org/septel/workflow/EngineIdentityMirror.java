package org.septel.workflow;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.septel.staff.Role;
import org.septel.staff.StaffEnrolled;
import org.septel.staff.StaffMember;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Keeps the engine's identity service in step with Septel's staff. Camunda's webapps accept a signed-on person only
 * if the engine knows them; the mirrored user gets a random password nobody knows, so the only way in is
 * Septel's own login.
 */
@Component
class EngineIdentityMirror {

    static final String CAMUNDA_ADMIN_GROUP = "camunda-admin";

    private final IdentityService identity;
    private final SecureRandom random = new SecureRandom();

    EngineIdentityMirror(IdentityService identity) {
        this.identity = identity;
    }

    @EventListener
    void on(StaffEnrolled event) {
        StaffMember member = event.member();
        if (identity.createUserQuery().userId(member.username()).count() == 0) {
            User user = identity.newUser(member.username());
            user.setFirstName(member.displayName());
            user.setLastName("");
            user.setPassword(unguessablePassword());
            identity.saveUser(user);
        }
        if (member.role() == Role.ADMIN) {
            ensureAdminGroup();
            if (identity.createUserQuery().userId(member.username()).memberOfGroup(CAMUNDA_ADMIN_GROUP).count() == 0) {
                identity.createMembership(member.username(), CAMUNDA_ADMIN_GROUP);
            }
        }
    }

    private void ensureAdminGroup() {
        if (identity.createGroupQuery().groupId(CAMUNDA_ADMIN_GROUP).count() == 0) {
            Group group = identity.newGroup(CAMUNDA_ADMIN_GROUP);
            group.setName("Camunda administrators");
            group.setType("SYSTEM");
            identity.saveGroup(group);
        }
    }

    private String unguessablePassword() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
