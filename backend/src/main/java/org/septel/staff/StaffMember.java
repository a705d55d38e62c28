package org.septel.staff;

import org.septel.clearance.Clearance;

import java.util.Objects;

/** A person known to Septel, without credentials: role, desk, and what they are cleared to read. */
public record StaffMember(String username, String displayName, Role role, String desk, Clearance clearance) {

    public StaffMember {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(clearance, "clearance");
    }
}
