package org.septel.demo;

import org.septel.cable.CableCatalog;
import org.septel.cable.CableId;
import org.septel.cable.CableIntake;
import org.septel.cable.SampleCables;
import org.septel.clearance.Classification;
import org.septel.clearance.Clearance;
import org.septel.clearance.PortionMarking;
import org.septel.staff.Role;
import org.septel.staff.StaffDirectory;
import org.septel.staff.StaffMember;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.util.List;

/** Loads the demo users and the seed cable once; later starts find them and leave them alone. Never in a CLI run. */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "septel.cli", havingValue = "false", matchIfMissing = true)
class DemoData implements ApplicationRunner {

    private static final Clearance SECRET_NOFORN = Clearance.of(Classification.SECRET, PortionMarking.NOFORN);

    /** Printed in the README; they exist only in the demo profile. */
    static final List<DemoUser> USERS = List.of(
            new DemoUser(new StaffMember("officer", "Dana Officer", Role.DESK_OFFICER, "WHA-CAN", SECRET_NOFORN), "officer-demo-1"),
            new DemoUser(new StaffMember("manager", "Morgan Manager", Role.MANAGER, "WHA-CAN", SECRET_NOFORN), "manager-demo-1"),
            new DemoUser(new StaffMember("admin", "Alex Admin", Role.ADMIN, null, SECRET_NOFORN), "admin-demo-1"),
            new DemoUser(new StaffMember("intern", "Ira Intern", Role.DESK_OFFICER, "WHA-CAN",
                    Clearance.of(Classification.CONFIDENTIAL)), "intern-demo-1"));

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final StaffDirectory staff;
    private final CableIntake intake;
    private final CableCatalog cables;

    DemoData(StaffDirectory staff, CableIntake intake, CableCatalog cables) {
        this.staff = staff;
        this.intake = intake;
        this.cables = cables;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (DemoUser user : USERS) {
            if (!staff.exists(user.member().username())) {
                staff.enrol(user.member(), user.password());
                log.info("Demo user '{}' ({}) created", user.member().username(), user.member().role());
            }
        }
        if (!cables.isOnFile(CableId.of(SampleCables.SEED_ID))) {
            intake.file("sample " + SampleCables.SEED_ID, SampleCables.seed());
            log.info("Sample cable {} filed", SampleCables.SEED_ID);
        }
    }

    record DemoUser(StaffMember member, String password) {
    }
}
