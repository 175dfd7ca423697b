package org.hotline.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hotline.common.Role;
import org.hotline.search.ReindexProgress;
import org.hotline.search.SearchIndexes;
import org.hotline.search.SearchOrder;
import org.hotline.search.SearchRequest;
import org.hotline.ticket.TicketStatus;
import org.hotline.ticket.TicketType;
import org.hotline.web.search.SearchAnswer;
import org.hotline.web.search.StaffSearch;

/**
 * The one search of staff ({@code GET /api/v1/search}) with the page's filters and the same rules of who finds what;
 * and the administrators' re-index ({@code POST /api/v1/search/reindex}, then {@code GET} for its progress).
 */
@Path("/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @Inject
    private StaffSearch search;

    @EJB
    private SearchIndexes indexes;

    @RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR, Role.Names.OFFICER, Role.Names.ADMIN})
    @GET
    public SearchAnswer search(
            @QueryParam("q") @Size(max = SearchRequest.TEXT_MAX) String q,
            @QueryParam("status") String status,
            @QueryParam("type") String type,
            @QueryParam("institution") @Size(max = 32) String institution,
            @QueryParam("eService") @Size(max = 32) String eService,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("order") String order,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(SearchRequest.PAGE_MAX) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(SearchRequest.SIZE_MAX) int size) {
        SearchOrder sorted = ApiParams.oneOf(SearchOrder.class, "order", order);
        return search.search(new SearchRequest(
                q,
                ApiParams.oneOf(TicketStatus.class, "status", status),
                ApiParams.oneOf(TicketType.class, "type", type),
                institution,
                eService,
                ApiParams.day("from", from),
                ApiParams.day("to", to),
                sorted == null ? SearchOrder.RELEVANCE : sorted,
                page,
                size));
    }

    @RolesAllowed(Role.Names.ADMIN)
    @POST
    @Path("/reindex")
    public Response reindex() {
        return Response.accepted(indexes.reindex()).build();
    }

    @RolesAllowed(Role.Names.ADMIN)
    @GET
    @Path("/reindex")
    public ReindexProgress progress() {
        return indexes.progress();
    }
}
