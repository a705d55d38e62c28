package org.septel.staff;

import org.septel.clearance.Reader;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;
import org.septel.audit.Revisions;
import org.septel.clearance.Clearance;
import org.slf4j.Logger;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.TreeSet;
import java.util.Set;
import java.util.Optional;
import java.util.regex.Pattern;

/** Who works in Septel. Passwords are hashed with bcrypt before they are stored. */
@Service
@Transactional(readOnly = true)
public class StaffDirectory {

    private static final Logger log = LoggerFactory.getLogger(StaffDirectory.class);

    private static final int MIN_PASSWORD_LENGTH = 8;
    /** Wrong passwords in a row that lock an account, and for how long. */
    public static final int LOCK_AFTER_FAILED_LOGINS = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);
    /** A desk "WHA-CAN" is the engine group "desk:WHA-CAN". */
    public static final String DESK_GROUP_PREFIX = "desk:";
    private static final Pattern DESK = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,59}");
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final StaffAccountRepository accounts;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final Clock clock;
    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder();

    StaffDirectory(StaffAccountRepository accounts, ApplicationEventPublisher events, EntityManager entityManager,
            Clock clock) {
        this.accounts = accounts;
        this.events = events;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    public Optional<LoginAccount> loginAccount(String username) {
        return accounts.findById(username).map(StaffAccount::loginAccount);
    }

    public boolean isLocked(String username) {
        return accounts.findById(username).map(a -> a.loginAccount().isLockedAt(clock.instant())).orElse(false);
    }

    @Transactional
    public void loginFailed(String username) {
        accounts.findById(username).ifPresent(account -> {
            account.loginFailed(clock.instant(), LOCK_AFTER_FAILED_LOGINS, LOCK_DURATION);
            if (account.loginAccount().isLockedAt(clock.instant())) {
                log.warn("Account {} locked until {} after {} wrong passwords", username,
                        account.loginAccount().lockedUntil(), LOCK_AFTER_FAILED_LOGINS);
            }
        });
    }

    @Transactional
    public void loginSucceeded(String username) {
        accounts.findById(username).ifPresent(StaffAccount::loginSucceeded);
    }

    public Optional<StaffMember> find(String username) {
        return accounts.findById(username).map(StaffAccount::member);
    }

    public boolean exists(String username) {
        return accounts.existsById(username);
    }

    /** One page of everyone, by username, for the administrators' staff screen. */
    public List<StaffMember> page(int offset, int limit) {
        return accounts.findAll(PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit), Sort.by("username")))
                .map(StaffAccount::member).getContent();
    }

    public long count() {
        return accounts.count();
    }

    /** Enrols a person on an administrator's behalf; anyone else is refused. */
    @Transactional
    public StaffMember enrolBy(String administrator, StaffMember member, String password) {
        requireAdministrator(administrator);
        StaffMember enrolled = enrol(member, password);
        log.info("{} enrolled {} as {} cleared {} {}", administrator, member.username(), member.role(),
                member.clearance().level(), member.clearance().caveats());
        return enrolled;
    }

    /** Changes what a person is cleared to read; only administrators may, and every change is logged. */
    @Transactional
    public StaffMember changeClearance(String administrator, String username, Clearance clearance) {
        requireAdministrator(administrator);
        StaffAccount account = accounts.findById(username)
                .orElseThrow(() -> new java.util.NoSuchElementException("no user " + username));
        Clearance before = account.member().clearance();
        account.changeClearance(clearance);
        log.info("{} changed the clearance of {} from {} {} to {} {}", administrator, username, before.level(),
                before.caveats(), clearance.level(), clearance.caveats());
        return account.member();
    }

    /** Every clearance a person has had, oldest first, with who set it and when (from the audit trail). */
    /** Sets the desks a manager manages (administrators only); the change is audited and logged. */
    @Transactional
    public StaffMember changeManagedDesks(String administrator, String username, Set<String> desks) {
        requireAdministrator(administrator);
        StaffAccount account = accounts.findById(username)
                .orElseThrow(() -> new java.util.NoSuchElementException("no user " + username));
        if (account.member().role() != Role.MANAGER && !desks.isEmpty()) {
            throw new IllegalArgumentException(username + " is not a manager; only managers manage desks");
        }
        for (String desk : desks) {
            if (!DESK.matcher(desk).matches()) {
                throw new IllegalArgumentException("'" + desk + "' is not a desk name (letters, digits and dashes)");
            }
        }
        Set<String> before = account.managedDesks();
        account.manage(desks);
        log.info("{} changed the desks {} manages from {} to {}", administrator, username, before, desks);
        return account.member();
    }

    /** The desks this person manages; empty for anyone but managers. */
    public Set<String> managedDesks(String username) {
        return accounts.findById(username).map(StaffAccount::managedDesks).orElse(Set.of());
    }

    /**
     * The person as every module sees them when deciding what they may read: their clearance, their own desk and
     * the desks they manage, or every desk for administrators.
     */
    public Optional<Reader> readerFor(String username) {
        return accounts.findById(username).map(account -> {
            StaffMember member = account.member();
            Set<String> desks = new TreeSet<>();
            if (member.desk() != null) {
                desks.add(DESK_GROUP_PREFIX + member.desk());
            }
            account.managedDesks().forEach(desk -> desks.add(DESK_GROUP_PREFIX + desk));
            return new Reader(member.username(), member.clearance(), desks, member.role() == Role.ADMIN);
        });
    }

    public List<ClearanceChange> clearanceHistory(String username) {
        return Revisions.of(entityManager, StaffAccount.class, username).stream()
                .map(r -> new ClearanceChange(r.at(), r.by(), r.entity().member().clearance())).toList();
    }

    private void requireAdministrator(String username) {
        boolean admin = accounts.findById(username).map(a -> a.member().role() == Role.ADMIN).orElse(false);
        if (!admin) {
            log.warn("Denied: {} tried to manage staff without being an administrator", username);
            throw new SecurityException("only administrators manage staff and clearances");
        }
    }

    @Transactional
    public StaffMember enrol(StaffMember member, String password) {
        if (!USERNAME.matcher(member.username()).matches()) {
            throw new IllegalArgumentException("a username has 1 to " + StaffAccount.USERNAME_MAX_LENGTH
                    + " characters: letters, digits, dots, dashes and underscores, starting with a letter or digit");
        }
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("a password has at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (accounts.existsById(member.username())) {
            throw new IllegalStateException("user '" + member.username() + "' already exists");
        }
        accounts.save(new StaffAccount(member, encoder.encode(password), clock.instant()));
        events.publishEvent(new StaffEnrolled(member));
        return member;
    }
}
