package org.septel.staff;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;

/** Who works in Septel. Passwords are hashed with bcrypt before they are stored. */
@Service
@Transactional(readOnly = true)
public class StaffDirectory {

    private static final int MIN_PASSWORD_LENGTH = 8;
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
