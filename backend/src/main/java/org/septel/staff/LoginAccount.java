package org.septel.staff;

/** What the login needs to check a password: the bcrypt hash, never the password itself. */
public record LoginAccount(StaffMember member, String passwordHash, boolean enabled) {

    @Override
    public String toString() {
        return "LoginAccount[" + member.username() + ", enabled=" + enabled + "]";
    }
}
