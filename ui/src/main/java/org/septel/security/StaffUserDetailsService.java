package org.septel.security;

import org.septel.staff.LoginAccount;
import org.septel.staff.StaffDirectory;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Logs people in against the staff directory. */
@Service
class StaffUserDetailsService implements UserDetailsService {

    private final StaffDirectory staff;

    StaffUserDetailsService(StaffDirectory staff) {
        this.staff = staff;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        LoginAccount account = staff.loginAccount(username)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return User.withUsername(account.member().username())
                .password(account.passwordHash())
                .roles(AppRoles.of(account.member().role()))
                .disabled(!account.enabled())
                .build();
    }
}
