package org.septel.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.septel.TestCables;
import org.septel.WebTestSupport;
import org.septel.cable.CableIntake;
import org.septel.staff.Role;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Camunda's own authorisation checks are on: administrators see everything in Cockpit, anyone else nothing. */
class EngineAuthorizationIT extends WebTestSupport {

    @Autowired
    ProcessEngine engine;

    @Autowired
    IdentityService identity;

    @Autowired
    RuntimeService runtime;

    @Autowired
    CableIntake intake;

    @BeforeEach
    void users() {
        intake.file("09HAVANA132.txt", TestCables.bytes("09HAVANA132"));
        ensureUser("engine-admin", Role.ADMIN);
        ensureUser("engine-officer", Role.DESK_OFFICER);
    }

    @AfterEach
    void signOut() {
        identity.clearAuthentication();
    }

    @Test
    void the_engine_checks_authorisations() {
        assertThat(engine.getProcessEngineConfiguration().isAuthorizationEnabled()).isTrue();
    }

    @Test
    void an_administrator_sees_the_deployed_processes_through_cockpits_own_api() {
        HttpSession admin = new HttpSession(url(""));
        admin.logIn("engine-admin", PASSWORD);

        HttpResponse<String> count = admin.get("/camunda/api/engine/engine/default/process-definition/count");

        assertThat(count.statusCode()).isEqualTo(200);
        assertThat(count.body()).doesNotContain("\"count\":0");
    }

    @Test
    void a_signed_in_engine_user_outside_the_administrators_sees_no_process_instance() {
        assertThat(runtime.createProcessInstanceQuery().count()).isPositive();

        identity.setAuthentication("engine-officer", List.of("desk:WHA-CAN"));

        assertThat(runtime.createProcessInstanceQuery().count()).isZero();
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery().count()).isZero();
    }
}
