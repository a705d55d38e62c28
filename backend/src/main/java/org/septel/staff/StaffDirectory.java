package org.septel.staff;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
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
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final StaffAccountRepository accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder();

    StaffDirectory(StaffAccountRepository accounts, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.events = events;
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
