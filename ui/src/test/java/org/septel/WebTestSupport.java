package org.septel;

import org.septel.clearance.Classification;
import org.septel.clearance.Clearance;
import org.septel.clearance.PortionMarking;
import org.septel.staff.Role;
import org.septel.staff.StaffDirectory;
import org.septel.staff.StaffMember;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one full-context setup shared by the web tests (so Spring starts it once): the real server on a random
 * port, an in-memory H2 database, the real engine, and time pinned.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
public abstract class WebTestSupport {

    public static final String PASSWORD = "correct-horse-1";

    @LocalServerPort
    protected int port;

    @Autowired
    protected StaffDirectory staff;

    protected String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** A test user cleared for SECRET and NOFORN, so that the seed cable is readable. */
    protected void ensureUser(String username, Role role) {
        ensureUser(username, role, Clearance.of(Classification.SECRET, PortionMarking.NOFORN));
    }

    protected void ensureUser(String username, Role role, Clearance clearance) {
        if (!staff.exists(username)) {
            staff.enrol(new StaffMember(username, username + " (test)", role, "WHA-CAN", clearance), PASSWORD);
        }
    }
}
