package org.septel;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.septel.clearance.Classification;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * With no profile chosen, Septel comes up on its embedded H2 file database (the real default URL, in a folder of
 * the build) with its demo users and the seed cable's case open.
 */
@SpringBootTest(properties = {"septel.data-dir=./target/demo-profile-it", "camunda.bpm.job-execution.enabled=false"})
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

    @BeforeAll
    static void startFromAnEmptyDataFolder() throws IOException {
        FileSystemUtils.deleteRecursively(Path.of("target/demo-profile-it"));
    }

    @Test
    void the_default_profile_loads_its_demo_users_and_opens_the_seed_cables_case_once() throws Exception {
        assertThat(staff.find("officer")).map(StaffMember::role).contains(Role.DESK_OFFICER);
        assertThat(staff.find("manager")).map(StaffMember::role).contains(Role.MANAGER);
        assertThat(staff.find("admin")).map(StaffMember::role).contains(Role.ADMIN);
        assertThat(staff.find("intern")).map(m -> m.clearance().level()).contains(Classification.CONFIDENTIAL);
        assertThat(Files.exists(Path.of("target/demo-profile-it/septel.mv.db"))).isTrue();
        assertThat(staff.loginAccount("officer").orElseThrow().passwordHash()).startsWith("$2a$").doesNotContain("officer-demo-1");

        demoData.run(new DefaultApplicationArguments());

        assertThat(cables.count()).isEqualTo(1);
        assertThat(cables.find(CableId.of(SampleCables.SEED_ID))).isPresent();
        assertThat(cases.caseOf(CableId.of(SampleCables.SEED_ID)).orElseThrow().openTasks())
                .containsExactly("Review follow-ups");
        assertThat(cases.openCaseCount()).isEqualTo(1);
    }
}
