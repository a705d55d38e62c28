package org.septel.staff;

import org.junit.jupiter.api.Test;
import org.septel.BackendTestApplication;
import org.septel.audit.Auditor;
import org.septel.clearance.Classification;
import org.septel.clearance.Clearance;
import org.septel.clearance.PortionMarking;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:staff;DB_CLOSE_DELAY=-1")
class StaffDirectoryIT {

    @Autowired
    StaffDirectory staff;

    @Test
    void only_an_administrator_enrols_people_and_changes_clearances() {
        staff.enrol(new StaffMember("root", "Root Admin", Role.ADMIN, null, Clearance.of(Classification.SECRET)), "long-password-1");
        staff.enrol(new StaffMember("desk1", "Desk One", Role.DESK_OFFICER, "WHA-CAN",
                Clearance.of(Classification.UNCLASSIFIED)), "long-password-1");

        staff.enrolBy("root", new StaffMember("new.officer", "New Officer", Role.DESK_OFFICER, "WHA-CAN",
                Clearance.of(Classification.CONFIDENTIAL)), "long-password-2");
        Auditor.use(() -> "root");
        StaffMember raised;
        try {
            raised = staff.changeClearance("root", "new.officer", Clearance.of(Classification.SECRET, PortionMarking.NOFORN));
        } finally {
            Auditor.use(() -> Auditor.SYSTEM);
        }

        assertThat(raised.clearance()).isEqualTo(Clearance.of(Classification.SECRET, PortionMarking.NOFORN));
        assertThat(staff.find("new.officer").orElseThrow().clearance().level()).isEqualTo(Classification.SECRET);
        assertThat(staff.clearanceHistory("new.officer")).extracting(ClearanceChange::by, c -> c.clearance().level())
                .containsExactly(tuple("system", Classification.CONFIDENTIAL), tuple("root", Classification.SECRET));
        assertThat(staff.clearanceHistory("new.officer").get(1).at()).isEqualTo(BackendTestApplication.NOW);
        assertThatThrownBy(() -> staff.changeClearance("desk1", "desk1", Clearance.of(Classification.SECRET)))
                .isInstanceOf(SecurityException.class);
        assertThatThrownBy(() -> staff.enrolBy("desk1", new StaffMember("x", "X", Role.ADMIN, null,
                Clearance.of(Classification.SECRET)), "long-password-3")).isInstanceOf(SecurityException.class);
        assertThat(staff.page(0, 2)).extracting(StaffMember::username).containsExactly("desk1", "new.officer");
        assertThat(staff.count()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void an_administrator_gives_a_manager_several_desks_and_the_manager_reads_all_of_them() {
        staff.enrol(new StaffMember("root2", "Root Two", Role.ADMIN, null, Clearance.of(Classification.SECRET)), "long-password-1");
        staff.enrol(new StaffMember("mgr", "Manager", Role.MANAGER, "WHA-CAN", Clearance.of(Classification.SECRET)),
                "long-password-1");
        staff.enrol(new StaffMember("off", "Officer", Role.DESK_OFFICER, "WHA-CAN", Clearance.of(Classification.SECRET)),
                "long-password-1");

        staff.changeManagedDesks("root2", "mgr", java.util.Set.of("WHA-CAN", "NEA-IR"));

        assertThat(staff.managedDesks("mgr")).containsExactlyInAnyOrder("WHA-CAN", "NEA-IR");
        assertThat(staff.readerFor("mgr").orElseThrow().deskGroups())
                .containsExactlyInAnyOrder("desk:WHA-CAN", "desk:NEA-IR");
        assertThat(staff.readerFor("mgr").orElseThrow().allDesks()).isFalse();
        assertThat(staff.readerFor("off").orElseThrow().deskGroups()).containsExactly("desk:WHA-CAN");
        assertThat(staff.readerFor("root2").orElseThrow().allDesks()).isTrue();
        assertThatThrownBy(() -> staff.changeManagedDesks("mgr", "mgr", java.util.Set.of("EUR-FR")))
                .isInstanceOf(SecurityException.class);
        assertThatThrownBy(() -> staff.changeManagedDesks("root2", "off", java.util.Set.of("EUR-FR")))
                .hasMessageContaining("not a manager");
        assertThatThrownBy(() -> staff.changeManagedDesks("root2", "mgr", java.util.Set.of("eur fr")))
                .hasMessageContaining("not a desk name");
        assertThat(staff.managedDesks("mgr")).containsExactlyInAnyOrder("WHA-CAN", "NEA-IR");
    }

    @Test
    void five_wrong_passwords_lock_an_account_and_a_good_login_clears_the_count() {
        staff.enrol(new StaffMember("target", "Target", Role.DESK_OFFICER, null, Clearance.of(Classification.SECRET)),
                "long-password-1");
        for (int i = 0; i < 4; i++) {
            staff.loginFailed("target");
        }
        staff.loginSucceeded("target");
        for (int i = 0; i < 4; i++) {
            staff.loginFailed("target");
        }
        assertThat(staff.isLocked("target")).isFalse();

        staff.loginFailed("target");

        assertThat(staff.isLocked("target")).isTrue();
        assertThatThrownBy(() -> staff.enrol(new StaffMember("bad name!", "B", Role.ADMIN, null,
                Clearance.of(Classification.SECRET)), "long-password-1")).hasMessageContaining("letters, digits");
        assertThatThrownBy(() -> staff.enrol(new StaffMember("short", "S", Role.ADMIN, null,
                Clearance.of(Classification.SECRET)), "short")).hasMessageContaining("at least 8");
    }
}
