package org.hotline.web.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import org.hotline.catalog.Catalogue;
import org.hotline.catalog.CatalogueCsv;
import org.hotline.catalog.CatalogueImport;
import org.hotline.catalog.EServiceView;
import org.hotline.catalog.ImportReport;
import org.hotline.common.Role;
import org.hotline.search.ServiceSuggestions;

/** The e-service catalogue: every member of staff reads it, administrators import it from CSV. */
@Path("/e-services")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogueResource {

    @EJB
    private ServiceSuggestions suggestions;

    @EJB
    private Catalogue catalogue;

    @EJB
    private CatalogueImport catalogueImport;

    @PermitAll
    @GET
    public List<EServiceView> search(
            @QueryParam("q") String text,
            @QueryParam("first") @DefaultValue("0") @Min(0) int first,
            @QueryParam("max") @DefaultValue("50") @Min(1) @Max(500) int max) {
        return catalogue.services(text, first, max);
    }

    /**
     * Type-ahead from the search index: e-services whose names (ar, ku, en) or code have words beginning as typed,
     * with or without hamza or diacritics; at most {@code max} (50).
     */
    @PermitAll
    @GET
    @Path("/suggestions")
    public List<EServiceView> suggest(
            @QueryParam("q") @jakarta.validation.constraints.Size(max = 200) String q,
            @QueryParam("max") @DefaultValue("10") @Min(1) int max) {
        return suggestions.suggest(q, max);
    }

    @PermitAll
    @GET
    @Path("/{code}")
    public EServiceView get(@PathParam("code") String code) {
        return catalogue.service(code).orElseThrow(NotFoundException::new);
    }

    /**
     * Creates and updates services from a CSV file, all or nothing (the format is in docs/CATALOGUE.md); a file with
     * any bad row answers 400 with every problem by line and column. The body is read as bytes and decoded strictly as
     * UTF-8 whatever the Content-Type's charset says, so a file saved in another encoding is refused rather than
     * stored garbled.
     */
    @RolesAllowed(Role.Names.ADMIN)
    @POST
    @Path("/import")
    @Consumes("text/csv")
    public ImportReport importCsv(InputStream csv, @QueryParam("sample") @DefaultValue("false") boolean sample) {
        try (Reader text = CatalogueCsv.utf8(csv)) {
            return catalogueImport.importCsv(text, sample);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("could not read the uploaded catalogue", unreadable);
        }
    }
}
