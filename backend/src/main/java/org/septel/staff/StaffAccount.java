package org.septel.staff;

import jakarta.persistence.Column;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import org.septel.clearance.Classification;
import org.septel.clearance.Clearance;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.Set;
import java.util.TreeSet;

@Entity
@Audited
@Table(name = "staff_account")
class StaffAccount {

    static final int USERNAME_MAX_LENGTH = 64;

    @Id
    @Column(length = USERNAME_MAX_LENGTH)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @NotAudited
    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Role role;

    @Column(length = 64)
    private String desk;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Classification clearance;

    /** For managers: the desks whose overdue follow-ups they handle and whose cables they read. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_managed_desk", joinColumns = @JoinColumn(name = "username"))
    @Column(name = "desk", length = 64)
    private Set<String> managedDesks = new TreeSet<>();

    /** Caveats the person may read, comma-separated (for example NOFORN). */
    @Column(name = "caveat_access", nullable = false, length = 200)
    private String caveatAccess;

    @Column(nullable = false)
    private boolean enabled;

    @NotAudited
    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private Long version;

    Set<String> managedDesks() {
        return Set.copyOf(managedDesks);
    }

    void manage(Set<String> desks) {
        managedDesks.clear();
        managedDesks.addAll(desks);
    }

    protected StaffAccount() {
    }

    StaffAccount(StaffMember member, String passwordHash, Instant createdAt) {
        this.username = member.username();
        this.displayName = member.displayName();
        this.role = member.role();
        this.desk = member.desk();
        this.clearance = member.clearance().level();
        this.caveatAccess = String.join(",", new TreeSet<>(member.clearance().caveats()));
        this.passwordHash = passwordHash;
        this.enabled = true;
        this.createdAt = createdAt;
    }

    StaffMember member() {
        Set<String> caveats = caveatAccess.isBlank() ? Set.of() : Set.of(caveatAccess.split(","));
        return new StaffMember(username, displayName, role, desk, new Clearance(clearance, caveats));
    }

    LoginAccount loginAccount() {
        return new LoginAccount(member(), passwordHash, enabled, lockedUntil);
    }

    /** Counts a wrong password; the one that reaches the limit locks the account until {@code now + lockFor}. */
    void loginFailed(Instant now, int limit, java.time.Duration lockFor) {
        failedLogins++;
        if (failedLogins >= limit) {
            lockedUntil = now.plus(lockFor);
            failedLogins = 0;
        }
    }

    void changeClearance(Clearance clearance) {
        this.clearance = clearance.level();
        this.caveatAccess = String.join(",", new TreeSet<>(clearance.caveats()));
    }

    void loginSucceeded() {
        failedLogins = 0;
        lockedUntil = null;
    }
}
