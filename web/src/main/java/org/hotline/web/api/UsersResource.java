package org.hotline.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.hotline.common.Role;
import org.hotline.security.PbxMembers;
import org.hotline.security.UserAdministration;
import org.hotline.security.UserSummary;

/**
 * Accounts, for administrators: {@code GET} lists them with their roles, phone, PBX members and institution;
 * {@code PUT /{username}/pbx-members} makes exactly these PBX members (member names, or interfaces of members
 * without one) that person, so the live view and the reports show them instead of the PBX's names;
 * {@code PUT /{username}/teams} makes the person a member of exactly these teams ({@code {"teams": ["FRONT"]}}, codes;
 * an empty list: none), whose open tickets nobody holds show on their home. The body is
 * validated by the boundary, after its role check, so that a caller without the role learns nothing from the
 * validation.
 */
@Path("/users")
@RolesAllowed(Role.Names.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

    @EJB
    private UserAdministration administration;

    @GET
    public List<UserSummary> list() {
        return administration.list();
    }

    @PUT
    @Path("/{username}/pbx-members")
    @Consumes(MediaType.APPLICATION_JSON)
    public UserSummary pbxMembers(@PathParam("username") String username, PbxMembers members) {
        return administration.changePbxMembers(username, members);
    }

    /** The teams a person works in, by code. */
    public record Teams(List<String> teams) {}

    @PUT
    @Path("/{username}/teams")
    @Consumes(MediaType.APPLICATION_JSON)
    public UserSummary teams(@PathParam("username") String username, Teams teams) {
        if (teams == null || teams.teams() == null || teams.teams().stream().anyMatch(java.util.Objects::isNull)) {
            throw ApiParams.invalid("teams", "is a list of team codes (an empty list: none)");
        }
        return administration.changeTeams(username, java.util.Set.copyOf(teams.teams()));
    }
}
