package org.septel.workflow;

import org.camunda.bpm.engine.impl.plugin.AdministratorAuthorizationPlugin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine checks Camunda authorisations (camunda.bpm.authorization.enabled) for every call made as a signed-in
 * person, which is how Cockpit, Tasklist and Admin call it. Only Septel's administrators reach those tools, and
 * their mirrored group holds every permission; anyone else signed in to the engine sees nothing. Septel's own
 * screens call the engine as the application, after Septel's own checks (clearance, desk, role).
 */
@Configuration
class EngineAuthorization {

    @Bean
    AdministratorAuthorizationPlugin administratorsHoldEveryPermission() {
        AdministratorAuthorizationPlugin plugin = new AdministratorAuthorizationPlugin();
        plugin.setAdministratorGroupName(EngineIdentityMirror.CAMUNDA_ADMIN_GROUP);
        return plugin;
    }
}
