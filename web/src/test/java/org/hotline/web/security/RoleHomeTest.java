package org.hotline.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hotline.common.Role;
import org.junit.jupiter.api.Test;

class RoleHomeTest {

    @Test
    void eachRoleLandsOnItsOwnHome() {
        assertEquals("/agent/index.xhtml", RoleHome.landingFor(Set.of(Role.AGENT)));
        assertEquals("/supervisor/index.xhtml", RoleHome.landingFor(Set.of(Role.SUPERVISOR)));
        assertEquals("/officer/index.xhtml", RoleHome.landingFor(Set.of(Role.OFFICER)));
        assertEquals("/admin/index.xhtml", RoleHome.landingFor(Set.of(Role.ADMIN)));
    }

    @Test
    void severalRolesLandOnTheFirstAndListAllInMenuOrder() {
        Set<Role> roles = EnumSet.of(Role.AGENT, Role.SUPERVISOR);
        assertEquals("/supervisor/index.xhtml", RoleHome.landingFor(roles));
        assertEquals(List.of(RoleHome.SUPERVISOR, RoleHome.AGENT), RoleHome.forRoles(roles));
    }

    @Test
    void noRoleMeansNoHome() {
        assertEquals("/login.xhtml", RoleHome.landingFor(Set.of()));
    }
}
