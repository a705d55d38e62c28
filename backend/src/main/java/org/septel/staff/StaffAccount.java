package org.septel.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

@Entity
@Table(name = "staff_account")
class StaffAccount {

    static final int USERNAME_MAX_LENGTH = 64;

    @Id
    @Column(length = USERNAME_MAX_LENGTH)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Role role;

    @Column(length = 64)
    private String desk;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private Long version;

    protected StaffAccount() {
    }

    StaffAccount(StaffMember member, String passwordHash, Instant createdAt) {
        this.username = member.username();
        this.displayName = member.displayName();
        this.role = member.role();
        this.desk = member.desk();
        this.passwordHash = passwordHash;
        this.enabled = true;
        this.createdAt = createdAt;
    }

    StaffMember member() {
        return new StaffMember(username, displayName, role, desk);
    }

    LoginAccount loginAccount() {
        return new LoginAccount(member(), passwordHash, enabled);
    }
}
