package org.septel.staff;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Optional;

/** Who works in Septel. Passwords are hashed with bcrypt before they are stored. */
@Service
@Transactional(readOnly = true)
public class StaffDirectory {

    private static final int MIN_PASSWORD_LENGTH = 8;

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
        if (member.username().isBlank() || member.username().length() > StaffAccount.USERNAME_MAX_LENGTH) {
            throw new IllegalArgumentException("a username has 1 to " + StaffAccount.USERNAME_MAX_LENGTH + " characters");
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
