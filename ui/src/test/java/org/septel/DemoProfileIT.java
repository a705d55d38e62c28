package org.septel;

import org.junit.jupiter.api.Test;
import org.septel.cable.CableCatalog;
import org.septel.cable.CableId;
import org.septel.cable.SampleCables;
import org.septel.staff.Role;
import org.septel.staff.StaffDirectory;
import org.septel.staff.StaffMember;
import org.septel.workflow.Cases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/** With no profile chosen, Septel comes up with its three demo users and the seed cable's case open. */
@SpringBootTest(
        properties = {"spring.datasource.url=jdbc:h2:mem:septel-demo;DB_CLOSE_DELAY=-1",
                "camunda.bpm.job-execution.enabled=false"})
@Import(TestClockConfiguration.class)
class DemoProfileIT {

    @Autowired
    StaffDirectory staff;
    @Autowired
    CableCatalog cables;
    @Autowired
    Cases cases;
    @Autowired
    ApplicationRunner demoData;

    @Test
    void the_default_profile_loads_three_demo_users_and_opens_the_seed_cables_case_once() throws Exception {
        assertThat(staff.find("officer")).map(StaffMember::role).contains(Role.DESK_OFFICER);
        assertThat(staff.find("manager")).map(StaffMember::role).contains(Role.MANAGER);
        assertThat(staff.find("admin")).map(StaffMember::role).contains(Role.ADMIN);
        assertThat(staff.loginAccount("officer").orElseThrow().passwordHash()).startsWith("$2a$").doesNotContain("officer-demo-1");

        demoData.run(new DefaultApplicationArguments());

        assertThat(cables.count()).isEqualTo(1);
        assertThat(cables.find(CableId.of(SampleCables.SEED_ID))).isPresent();
        assertThat(cases.caseOf(CableId.of(SampleCables.SEED_ID)).orElseThrow().openTasks())
                .containsExactly("Review follow-ups");
        assertThat(cases.openCaseCount()).isEqualTo(1);
    }
}
