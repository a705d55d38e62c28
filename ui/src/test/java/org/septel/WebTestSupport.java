package org.septel;

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

    protected void ensureUser(String username, Role role) {
        if (!staff.exists(username)) {
            staff.enrol(new StaffMember(username, username + " (test)", role, "WHA-CAN"), PASSWORD);
        }
    }
}
