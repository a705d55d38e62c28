package org.septel.security;

import org.septel.staff.LoginAccount;
import org.septel.staff.StaffDirectory;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import java.time.Clock;

/** Logs people in against the staff directory. */
@Service
class StaffUserDetailsService implements UserDetailsService {

    private final StaffDirectory staff;
    private final Clock clock;

    StaffUserDetailsService(StaffDirectory staff, Clock clock) {
        this.staff = staff;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        LoginAccount account = staff.loginAccount(username)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return User.withUsername(account.member().username())
                .password(account.passwordHash())
                .roles(AppRoles.of(account.member().role()))
                .disabled(!account.enabled())
                .accountLocked(account.isLockedAt(clock.instant()))
                .build();
    }
}
