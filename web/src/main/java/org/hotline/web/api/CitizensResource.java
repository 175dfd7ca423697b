package org.hotline.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hotline.citizen.CitizenDirectory;
import org.hotline.citizen.CitizenView;
import org.hotline.citizen.NewCitizen;
import org.hotline.common.Role;

/** Citizens by the number they call from (any written form), and registering a new caller. */
@RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR, Role.Names.ADMIN})
@Path("/citizens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CitizensResource {

    @EJB
    private CitizenDirectory directory;

    @GET
    public Response byPhone(@QueryParam("phone") @NotBlank String phone) {
        return directory
                .findByPhone(phone)
                .map(citizen -> Response.ok(citizen).build())
                .orElseGet(() -> Problem.of(
                                Response.Status.NOT_FOUND, "citizen-not-found", "No citizen has this phone number.")
                        .toResponse());
    }

    /** Another number of the same citizen, as typed. */
    public record NewPhone(@NotBlank String phone) {}

    @POST
    @Path("/{id}/phones")
    public CitizenView addPhone(@PathParam("id") long id, @NotNull @Valid NewPhone phone) {
        return directory.addPhone(id, phone.phone());
    }

    @GET
    @Path("/{id}")
    public CitizenView get(@PathParam("id") long id) {
        return directory.get(id);
    }

    @POST
    public Response register(@NotNull @Valid NewCitizen citizen) {
        CitizenView registered = directory.register(citizen);
        return Response.status(Response.Status.CREATED).entity(registered).build();
    }
}
