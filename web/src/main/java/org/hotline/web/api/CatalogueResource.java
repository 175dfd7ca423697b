package org.hotline.web.api;

import jakarta.ejb.EJB;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.hotline.catalog.Catalogue;
import org.hotline.catalog.EServiceView;

/** The e-service catalogue, read-only. */
@Path("/e-services")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogueResource {

    @EJB
    private Catalogue catalogue;

    @GET
    public List<EServiceView> search(@QueryParam("q") String text, @QueryParam("first") @DefaultValue("0") @Min(0) int first,
            @QueryParam("max") @DefaultValue("50") @Min(1) @Max(500) int max) {
        return catalogue.services(text, first, max);
    }

    @GET
    @Path("/{code}")
    public EServiceView get(@PathParam("code") String code) {
        return catalogue.service(code).orElseThrow(NotFoundException::new);
    }
}
