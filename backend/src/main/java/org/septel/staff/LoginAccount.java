package org.septel.staff;

import java.time.Instant;

/** What the login needs to check a password: the bcrypt hash (never the password) and any lock. */
public record LoginAccount(StaffMember member, String passwordHash, boolean enabled, Instant lockedUntil) {

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    @Override
    public String toString() {
        return "LoginAccount[" + member.username() + ", enabled=" + enabled + ", lockedUntil=" + lockedUntil + "]";
    }
}
