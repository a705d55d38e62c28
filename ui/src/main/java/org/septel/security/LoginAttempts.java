package org.septel.security;

import org.septel.staff.StaffDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Counts wrong passwords per account (form login and HTTP Basic alike) so that guessing locks the account. */
@Component
class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final StaffDirectory staff;

    LoginAttempts(StaffDirectory staff) {
        this.staff = staff;
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent failure) {
        String username = failure.getAuthentication().getName();
        log.warn("Denied: wrong password for {}", username);
        staff.loginFailed(username);
    }

    @EventListener
    void on(AuthenticationFailureLockedEvent locked) {
        log.warn("Denied: {} tried to log in while the account is locked", locked.getAuthentication().getName());
    }

    @EventListener
    void on(AuthenticationSuccessEvent success) {
        staff.loginSucceeded(success.getAuthentication().getName());
    }
}
