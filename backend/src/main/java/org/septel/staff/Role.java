package org.septel.staff;

/** What a person does in Septel. Spring Security sees these as {@code ROLE_<name>}. */
public enum Role {
    /** Works the follow-ups of a desk. */
    DESK_OFFICER,
    /** Reviews what is overdue on the desks they manage; extends, reassigns, withdraws. */
    MANAGER,
    /** Loads cables, manages users and desks, and may open the engine's Cockpit, Tasklist and REST API. */
    ADMIN
}
