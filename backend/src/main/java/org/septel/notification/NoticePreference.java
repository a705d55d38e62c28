package org.septel.notification;

import java.util.Set;

/** Where a person's notices go and which of them they want. Without an address no mail is queued for them. */
public record NoticePreference(String username, String email, Set<NoticeKind> kinds) {

    public NoticePreference {
        kinds = Set.copyOf(kinds);
    }

    public boolean wants(NoticeKind kind) {
        return email != null && !email.isBlank() && kinds.contains(kind);
    }
}
