package org.hotline.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.hotline.common.Role;
import org.hotline.security.ApiTokenSummary;
import org.hotline.security.ApiTokens;
import org.hotline.security.IssuedApiToken;
import org.hotline.security.NewApiToken;

/**
 * Personal API tokens, for administrators: {@code POST} makes one and answers the token itself, once; {@code GET}
 * lists them without it; {@code DELETE /{id}} revokes one. The body is validated by the boundary, after its role
 * check, so that a caller without the role learns nothing from the validation.
 */
@Path("/api-tokens")
@RolesAllowed(Role.Names.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApiTokensResource {

    @EJB
    private ApiTokens tokens;

    @GET
    public List<ApiTokenSummary> list() {
        return tokens.list();
    }

    @POST
    public Response create(NewApiToken wanted) {
        IssuedApiToken issued = tokens.create(wanted);
        return Response.status(Response.Status.CREATED)
                .entity(issued)
                .header("Cache-Control", "no-store")
                .build();
    }

    @DELETE
    @Path("/{id}")
    public ApiTokenSummary revoke(@PathParam("id") long id) {
        return tokens.revoke(id);
    }
}
