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
import org.hotline.security.PbxMembers;
import org.hotline.security.Role;
import org.hotline.security.UserAdministration;
import org.hotline.security.UserSummary;

/**
 * Accounts, for administrators: {@code GET} lists them with their roles, phone, PBX members and institution;
 * {@code PUT /{username}/pbx-members} makes exactly these PBX members (member names, or interfaces of members
 * without one) that person, so the live view and the reports show them instead of the PBX's names. The body is
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
}
