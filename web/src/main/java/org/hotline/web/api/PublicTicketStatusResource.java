package org.hotline.web.api;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.hotline.citizen.PhoneNumber;
import org.hotline.status.CitizenStatus;
import org.hotline.status.PublicReply;
import org.hotline.status.TicketStatusLookup;
import org.hotline.ticket.TicketNumber;
import org.hotline.ticket.TicketStatus;
import org.hotline.web.http.ClientAddress;

/**
 * A citizen reads a ticket's status and public replies without an account, with the ticket number and the phone
 * number on record, as on the public status page and under the same rules ({@link TicketStatusLookup}). A number
 * that is not one (its check digit) or a phone that is not one is a 400 naming the field; a wrong phone, a number
 * nobody has and a complaint about staff are the same 404; after too many wrong tries for the number, or from this
 * address, a 429 with {@code Retry-After} says when to try again, before anything is compared.
 */
@Path("/public/ticket-status")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class PublicTicketStatusResource {

    @Inject
    private ClientAddress clientAddress;

    @EJB
    private TicketStatusLookup lookup;

    @Context
    private HttpServletRequest request;

    /** {@code {"number": "…", "phone": "…"}}, digits Latin, Arabic-Indic or Eastern Arabic-Indic. */
    public record StatusAsked(
            @NotNull @Size(max = 40) String number,
            @NotNull @Size(max = 40) String phone) {}

    /** What the citizen is told: the status, the dates, the public replies. */
    public record StatusAnswer(
            String number,
            TicketStatus status,
            Instant openedAt,
            Instant updatedAt,
            Instant resolvedAt,
            List<PublicReply> replies) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response status(@NotNull @Valid StatusAsked asked) {
        TicketNumber number = TicketNumber.parse(asked.number());
        PhoneNumber phone = PhoneNumber.parse(asked.phone());
        CitizenStatus status = lookup.status(number, phone, "web:" + clientAddress.of(request));
        switch (status.outcome()) {
            case SHOWN:
                return Response.ok(new StatusAnswer(
                                status.number(),
                                status.status(),
                                status.openedAt(),
                                status.updatedAt(),
                                status.resolvedAt(),
                                status.replies()))
                        .build();
            case WAIT:
                return Response.fromResponse(Problem.of(
                                        Response.Status.TOO_MANY_REQUESTS,
                                        "ticket-status-wait",
                                        "Too many wrong tries for this number or from this address; try again after "
                                                + status.waitSeconds() + " seconds.")
                                .toResponse())
                        .header("Retry-After", status.waitSeconds())
                        .build();
            default:
                Response.ResponseBuilder refused = Response.fromResponse(Problem.of(
                                Response.Status.NOT_FOUND,
                                "ticket-status-not-found",
                                "No ticket with this number has this phone number.")
                        .toResponse());
                if (status.waitSeconds() > 0) {
                    refused.header("Retry-After", status.waitSeconds()); // the next try for the number must wait
                }
                return refused.build();
        }
    }
}
