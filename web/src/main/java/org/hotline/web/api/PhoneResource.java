package org.hotline.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashSet;
import java.util.List;
import org.hotline.common.Role;
import org.hotline.pbx.AgentConsole;
import org.hotline.pbx.AgentPhone;
import org.hotline.pbx.PauseReason;
import org.hotline.ticket.TicketNumber;

/**
 * The signed-in agent's phone: its state as the PBX reports it, queue sign-in and sign-out, pause and resume, and
 * click-to-call on a ticket. Actions answer 202: the PBX's events then change the state, which GET shows.
 */
@RolesAllowed(Role.Names.AGENT)
@Path("/phone")
@Produces(MediaType.APPLICATION_JSON)
public class PhoneResource {

    @EJB
    private AgentPhone phone;

    @GET
    public AgentConsole console() {
        return phone.console();
    }

    /** The queues to be in, exactly: {@code {"queues": ["enquiries", "status"]}}. */
    public record Queues(@NotNull List<@NotNull String> queues) {}

    @PUT
    @Path("/queues")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response signIn(@NotNull @Valid Queues queues) {
        phone.signIn(new LinkedHashSet<>(queues.queues()));
        return Response.accepted().build();
    }

    @DELETE
    @Path("/queues")
    public Response signOut() {
        phone.signOut();
        return Response.accepted().build();
    }

    /** {@code {"reason": "PRAYER"}}. */
    public record Pause(@NotNull PauseReason reason) {}

    @POST
    @Path("/pause")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response pause(@NotNull @Valid Pause pause) {
        phone.pause(pause.reason());
        return Response.accepted().build();
    }

    @DELETE
    @Path("/pause")
    public Response resume() {
        phone.resume();
        return Response.accepted().build();
    }

    /** Rings the agent's phone, then the ticket's citizen; the ticket's timeline records the attempt and result. */
    @POST
    @Path("/callbacks/{number}")
    public Response callBack(@PathParam("number") String number) {
        phone.callBack(TicketNumber.parse(number));
        return Response.accepted().build();
    }
}
