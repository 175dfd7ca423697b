package org.hotline.web.api;

import org.hotline.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import java.io.IOException;
import java.io.InputStream;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hotline.calendar.SlaClock;
import org.hotline.ticket.AttachmentView;
import org.hotline.ticket.NewTicket;
import org.hotline.ticket.TicketChanges;
import org.hotline.ticket.TicketDesk;
import org.hotline.ticket.TicketFilter;
import org.hotline.ticket.TicketNumber;
import org.hotline.ticket.TicketPage;
import org.hotline.ticket.TicketStatus;
import org.hotline.ticket.TicketType;
import org.hotline.ticket.TicketView;

/**
 * Tickets: open, read, list with paging and filters, update, move along the workflow, comment, attach files, merge
 * duplicates. Changes carry the
 * version the client read ({@code version}); a stale one is answered 409 and nothing is changed.
 */
@RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR, Role.Names.ADMIN})
@Path("/tickets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TicketsResource {

    /** A move along the workflow. */
    public record Transition(@NotNull TicketStatus to, @NotNull Long version, @Size(max = 1000) String reason) {
    }

    /** A comment; internal ones are never shown to the citizen. */
    public record NewComment(@NotNull @Size(min = 1, max = 10_000) String body, boolean internal) {
    }

    /** A partial update, against the version read. */
    public record Update(@NotNull Long version, @Valid @NotNull TicketChanges changes) {
    }

    /** Folding this ticket (at the version read) into the one that carries on. */
    public record Merge(@NotNull @Size(min = 7, max = 20) String into, @NotNull Long version) {
    }

    @EJB
    private TicketDesk desk;

    @POST
    public Response open(@NotNull @Valid NewTicket ticket, @Context UriInfo uri) {
        TicketView opened = desk.open(ticket);
        return Response.created(uri.getAbsolutePathBuilder().path(opened.number()).build()).entity(opened).build();
    }

    @GET
    @Path("/{number}")
    public TicketView get(@PathParam("number") String number) {
        return desk.get(TicketNumber.parse(number));
    }

    @GET
    public TicketPage list(@QueryParam("status") TicketStatus status, @QueryParam("type") TicketType type,
            @QueryParam("team") String team, @QueryParam("assignee") String assignee,
            @QueryParam("sla") SlaClock.State sla, @QueryParam("order") @DefaultValue("NEWEST") TicketFilter.Order order,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return desk.list(new TicketFilter(status, type, team, assignee, sla, order), page, size);
    }

    @PATCH
    @Path("/{number}")
    public TicketView update(@PathParam("number") String number, @NotNull @Valid Update update) {
        return desk.update(TicketNumber.parse(number), update.version(), update.changes());
    }

    @POST
    @Path("/{number}/transitions")
    public TicketView move(@PathParam("number") String number, @NotNull @Valid Transition transition) {
        return desk.moveTo(TicketNumber.parse(number), transition.version(), transition.to(), transition.reason());
    }

    @POST
    @Path("/{number}/merge")
    public TicketView merge(@PathParam("number") String number, @NotNull @Valid Merge merge) {
        return desk.merge(TicketNumber.parse(number), merge.version(), TicketNumber.parse(merge.into()));
    }

    /**
     * Attaches the request body as a file named by {@code name}: PDF, PNG or JPEG, declared as such or as
     * {@code application/octet-stream} (any other type is 415), and kept only when it parses as what it is. The body
     * is read up to one byte past the limit, so an oversize upload is refused (413) without being held in memory whole.
     */
    @POST
    @Path("/{number}/attachments")
    @Consumes({"application/pdf", "image/png", "image/jpeg", "application/octet-stream"})
    public Response attach(@PathParam("number") String number, @QueryParam("name") @Size(max = 1000) String name,
            @jakarta.ws.rs.HeaderParam("Content-Type") MediaType declared, InputStream body) throws IOException {
        byte[] content = UploadBodies.read(body, declared);
        AttachmentView attached = desk.attach(TicketNumber.parse(number), name, content);
        return Response.status(Response.Status.CREATED).entity(attached).build();
    }

    @GET
    @Path("/{number}/attachments/{id}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("number") String number, @PathParam("id") long id) {
        return Downloads.of(desk.attachment(TicketNumber.parse(number), id));
    }

    @POST
    @Path("/{number}/comments")
    public Response comment(@PathParam("number") String number, @NotNull @Valid NewComment comment) {
        TicketView ticket = desk.comment(TicketNumber.parse(number), comment.body(), comment.internal());
        return Response.status(Response.Status.CREATED).entity(ticket).build();
    }
}
