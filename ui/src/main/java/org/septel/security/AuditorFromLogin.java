package org.septel.security;

import org.septel.audit.Auditor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Names the logged-in person in every audit revision made during their request. */
@Component
@ConditionalOnWebApplication
class AuditorFromLogin {

    AuditorFromLogin() {
        Auditor.use(() -> {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            return authentication == null || authentication instanceof AnonymousAuthenticationToken
                    ? null : authentication.getName();
        });
    }
}
