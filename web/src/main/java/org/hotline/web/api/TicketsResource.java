package org.hotline.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.hotline.calendar.SlaClock;
import org.hotline.common.Role;
import org.hotline.ticket.AttachmentView;
import org.hotline.ticket.BulkChange;
import org.hotline.ticket.BulkOutcome;
import org.hotline.ticket.NewTicket;
import org.hotline.ticket.TicketBulk;
import org.hotline.ticket.TicketChanges;
import org.hotline.ticket.TicketDesk;
import org.hotline.ticket.TicketFilter;
import org.hotline.ticket.TicketNumber;
import org.hotline.ticket.TicketPage;
import org.hotline.ticket.TicketStatus;
import org.hotline.ticket.TicketType;
import org.hotline.ticket.TicketView;
import org.hotline.web.http.Downloads;

/**
 * Tickets: open, read, list with paging, filters and an order, update, move along the workflow, comment, attach
 * files, merge duplicates, change many at once. Changes carry the
 * version the client read ({@code version}); a stale one is answered 409 and nothing is changed.
 */
@RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR, Role.Names.ADMIN})
@Path("/tickets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TicketsResource {

    /** A move along the workflow. */
    public record Transition(
            @NotNull TicketStatus to,
            @NotNull Long version,
            @Size(max = 1000) String reason) {}

    /** A comment; internal ones are never shown to the citizen. Left out, {@code internal} is false. */
    public record NewComment(
            @NotNull @Size(min = 1, max = 10_000) String body, Boolean internal) {}

    /** A partial update, against the version read. */
    public record Update(
            @NotNull Long version, @Valid @NotNull TicketChanges changes) {}

    /** Folding this ticket (at the version read) into the one that carries on. */
    public record Merge(
            @NotNull @Size(min = 7, max = 20) String into,
            @NotNull Long version) {}

    @EJB
    private TicketDesk desk;

    @EJB
    private TicketBulk bulk;

    /**
     * Opens a ticket: 201 with its address. With an {@code Idempotency-Key} header (a UUID, say), the same request sent
     * again with the same key is answered 201 with the ticket the first created, marked {@code Idempotent-Replayed:
     * true}, and creates nothing: a client that got no answer, or a 503, sends it again safely.
     */
    @POST
    public Response open(
            @NotNull @Valid NewTicket ticket, @HeaderParam(IDEMPOTENCY_KEY) String key, @Context UriInfo uri) {
        TicketDesk.Opened opened =
                key == null ? new TicketDesk.Opened(desk.open(ticket), false) : desk.openOnce(ticket, key);
        Response.ResponseBuilder created = Response.created(uri.getAbsolutePathBuilder()
                        .path(opened.ticket().number())
                        .build())
                .entity(opened.ticket());
        if (opened.earlier()) {
            created.header("Idempotent-Replayed", "true");
        }
        return created.build();
    }

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @GET
    @Path("/{number}")
    public TicketView get(@PathParam("number") String number) {
        return desk.get(TicketNumber.parse(number));
    }

    @GET
    public TicketPage list(
            @QueryParam("status") TicketStatus status,
            @QueryParam("type") TicketType type,
            @QueryParam("team") String team,
            @QueryParam("assignee") String assignee,
            @QueryParam("sla") SlaClock.State sla,
            @QueryParam("order") String order,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        TicketFilter.Order sorted = order == null || order.isBlank()
                ? TicketFilter.Order.NEWEST
                : TicketFilter.Order.parse(order)
                        .orElseThrow(() -> ApiParams.invalid(
                                "order",
                                "is a column, "
                                        + Arrays.stream(TicketFilter.Column.values())
                                                .map(c -> c.name().toLowerCase(Locale.ROOT))
                                                .collect(Collectors.joining(", "))
                                        + ", ascending, or with a leading minus descending"
                                        + " (-created)"));
        return desk.list(new TicketFilter(status, type, team, assignee, sla, sorted), page, size);
    }

    /**
     * {@code {"numbers": ["1000017", …], "assignee": "username", "team": "FRONT", "status": "RESOLVED",
     * "reason": "…"}}: at most {@value TicketBulk#LIMIT} tickets; any of assignee, team and status, at least one.
     */
    public record Bulk(
            @NotNull @Size(min = 1, max = TicketBulk.LIMIT) List<@NotNull String> numbers,
            @Size(min = 1, max = 64) String assignee,
            @Size(min = 1, max = 32) String team,
            TicketStatus status,
            @Size(max = 1000) String reason) {

        @jakarta.validation.constraints.AssertTrue(message = "give an assignee, a team or a status")
        public boolean isSomething() {
            return assignee != null || team != null || status != null;
        }
    }

    /**
     * Changes many tickets at once (see {@link TicketBulk}): the batch is checked whole first, and a number that is
     * not a ticket number (400), names no ticket (404), an agent or team that does not exist (400) changes nothing;
     * then each ticket is changed alone, and those a rule refuses are listed with why.
     */
    @POST
    @Path("/bulk")
    public BulkOutcome bulk(@NotNull @Valid Bulk bulk) {
        return this.bulk.changeAll(
                bulk.numbers().stream().map(TicketNumber::parse).toList(),
                new BulkChange(bulk.assignee(), bulk.team(), bulk.status(), bulk.reason()));
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
    public Response attach(
            @PathParam("number") String number,
            @QueryParam("name") @Size(max = 1000) String name,
            @jakarta.ws.rs.HeaderParam("Content-Type") MediaType declared,
            InputStream body)
            throws IOException {
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
        TicketView ticket =
                desk.comment(TicketNumber.parse(number), comment.body(), Boolean.TRUE.equals(comment.internal()));
        return Response.status(Response.Status.CREATED).entity(ticket).build();
    }
}
