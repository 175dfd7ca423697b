package org.hotline.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hotline.call.CallLog;
import org.hotline.call.CallView;
import org.hotline.common.Role;
import org.hotline.pbx.ListenMode;
import org.hotline.pbx.Listening;
import org.hotline.pbx.LiveBoard;
import org.hotline.pbx.LiveView;

/**
 * The live view of queues and agents (supervisors), listening to a live call from it (supervisors), one call looked up
 * by its linkedid or Asterisk's uniqueid, and the telephony metrics for monitoring.
 */
@Path("/telephony")
public class TelephonyResource {

    @EJB
    private LiveBoard board;

    @EJB
    private CallLog calls;

    @EJB
    private Listening listening;

    /** A call by Asterisk's linkedid or uniqueid (queue_log's callid): its outcome and queue visits. Audited. */
    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
    @GET
    @Path("/calls/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public CallView call(@PathParam("id") @Pattern(regexp = "\\d{1,20}\\.\\d{1,10}") String id) {
        return calls.find(id);
    }

    @RolesAllowed(Role.Names.SUPERVISOR)
    @GET
    @Path("/live")
    @Produces(MediaType.APPLICATION_JSON)
    public LiveView live() {
        return board.view();
    }

    /**
     * Which agent's call to join and how: {@code {"agentPhone": "PJSIP/1001", "mode": "WHISPER", "reason": "…"}}. The
     * agent's phone is as the live view names it (a PBX interface); the supervisor's own phone rings, never one named
     * here.
     */
    public record ListenRequest(
            @NotNull @Pattern(regexp = "[A-Za-z]{2,10}/[A-Za-z0-9_.@-]{1,60}")
            String agentPhone,

            @NotNull ListenMode mode,
            @NotNull String reason) {}

    /**
     * Rings the supervisor's phone and, once answered, joins the agent's side of the live call in the mode asked
     * (listen, whisper to the agent, barge in). Audited. 202: the PBX rings the phone; 409 {@code call-not-live} when
     * that agent is not talking on that call now, {@code no-phone} when the supervisor's account has none.
     */
    @RolesAllowed(Role.Names.SUPERVISOR)
    @POST
    @Path("/live/calls/{linkedid}/listen")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response listen(
            @PathParam("linkedid") @Pattern(regexp = "\\d{1,20}\\.\\d{1,10}") String linkedid,
            @NotNull @Valid ListenRequest request) {
        listening.listen(linkedid, request.agentPhone(), request.mode(), request.reason());
        return Response.accepted().build();
    }

    /** Prometheus' text exposition format, version 0.0.4. */
    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
    @GET
    @Path("/metrics")
    @Produces("text/plain; version=0.0.4; charset=utf-8")
    public String metrics() {
        return board.metrics();
    }
}
