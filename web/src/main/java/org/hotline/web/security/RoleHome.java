package org.hotline.web.security;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.hotline.common.Role;

/**
 * Where each role works. After signing in a user lands on the home of their first role in this order; someone with
 * several roles reaches the others from the menu.
 */
public enum RoleHome {
    ADMIN(Role.ADMIN, "/admin/index.xhtml", "nav.admin"),
    SUPERVISOR(Role.SUPERVISOR, "/supervisor/index.xhtml", "nav.supervisor"),
    OFFICER(Role.OFFICER, "/officer/index.xhtml", "nav.officer"),
    AGENT(Role.AGENT, "/agent/index.xhtml", "nav.agent");

    /** For a signed-in user without any role: every page would be refused, so they see the sign-in page again. */
    static final String NO_ROLE = "/login.xhtml";

    private final Role role;
    private final String path;
    private final String labelKey;

    RoleHome(Role role, String path, String labelKey) {
        this.role = role;
        this.path = path;
        this.labelKey = labelKey;
    }

    public static List<RoleHome> forRoles(Set<Role> roles) {
        return Arrays.stream(values()).filter(home -> roles.contains(home.role)).toList();
    }

    public static String landingFor(Set<Role> roles) {
        return forRoles(roles).stream().findFirst().map(RoleHome::getPath).orElse(NO_ROLE);
    }

    public String getPath() {
        return path;
    }

    public String getLabelKey() {
        return labelKey;
    }
}
