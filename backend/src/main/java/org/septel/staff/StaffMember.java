package org.septel.staff;

import java.util.Objects;

/** A person known to Septel, without credentials. */
public record StaffMember(String username, String displayName, Role role, String desk) {

    public StaffMember {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
    }
}
