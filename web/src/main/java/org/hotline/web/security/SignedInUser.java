package org.hotline.web.security;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hotline.common.Role;
import org.hotline.security.SignInResult;

/** The member of staff signed in to this session: the only session-scoped bean. */
@Named
@SessionScoped
public class SignedInUser implements Serializable {

    private static final long serialVersionUID = 1L;

    private String username;
    private String displayName;
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    void signedIn(SignInResult result) {
        username = result.username();
        displayName = result.displayName();
        roles = result.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(result.roles());
    }

    public boolean isPresent() {
        return username != null;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public boolean has(String role) {
        return roles.stream().anyMatch(r -> r.name().equals(role));
    }

    /** The home pages of this user's roles, in the order of the menu. */
    public List<RoleHome> getHomes() {
        return RoleHome.forRoles(roles);
    }

    public String getLandingPath() {
        return RoleHome.landingFor(roles);
    }
}
