package org.hotline.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.hotline.common.Role;
import org.hotline.document.DocumentImports;
import org.hotline.document.ImportRejection;
import org.hotline.document.ImportView;

/** Imports of the institutions' files from the registry's inbox, for administrators: start, follow, cancel, restart. */
@RolesAllowed(Role.Names.ADMIN)
@Path("/document-imports")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentImportsResource {

    @EJB
    private DocumentImports imports;

    /** {@code {"file": "moi-2026-11.csv"}}: a file of the inbox, by name. */
    public record Start(@NotBlank @Size(max = 200) String file) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(@NotNull @Valid Start start) {
        return Response.status(Response.Status.ACCEPTED)
                .entity(imports.start(start.file()))
                .build();
    }

    @GET
    @Path("/{id}")
    public ImportView view(@PathParam("id") long id) {
        return imports.view(id);
    }

    @POST
    @Path("/{id}/cancel")
    public ImportView cancel(@PathParam("id") long id) {
        return imports.cancel(id);
    }

    @POST
    @Path("/{id}/restart")
    public Response restart(@PathParam("id") long id) {
        return Response.status(Response.Status.ACCEPTED)
                .entity(imports.restart(id))
                .build();
    }

    @GET
    @Path("/{id}/rejections")
    public List<ImportRejection> rejections(
            @PathParam("id") long id,
            @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("max") @DefaultValue("100") int max) {
        return imports.rejections(id, Math.max(0, first), Math.max(1, max));
    }
}
