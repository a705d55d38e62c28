package org.septel.security;

import org.septel.staff.Role;

/** Role names as Spring Security and {@code @RolesAllowed} see them. */
public final class AppRoles {

    public static final String DESK_OFFICER = "DESK_OFFICER";
    public static final String MANAGER = "MANAGER";
    public static final String ADMIN = "ADMIN";

    /** Camunda's built-in group whose members may use its Admin webapp. */
    static final String CAMUNDA_ADMIN_GROUP = "camunda-admin";

    private AppRoles() {
    }

    static String of(Role role) {
        return role.name();
    }
}
