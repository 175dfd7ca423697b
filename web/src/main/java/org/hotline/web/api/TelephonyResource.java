package org.hotline.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.hotline.call.CallLog;
import org.hotline.call.CallView;
import org.hotline.common.Role;
import org.hotline.pbx.LiveBoard;
import org.hotline.pbx.LiveView;

/**
 * The live view of queues and agents (supervisors), one call looked up by its linkedid or Asterisk's uniqueid, and the
 * telephony metrics for monitoring.
 */
@Path("/telephony")
public class TelephonyResource {

    @EJB
    private LiveBoard board;

    @EJB
    private CallLog calls;

    /** A call by Asterisk's linkedid or uniqueid (queue_log's callid): its outcome and queue visits. Audited. */
    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
    @GET
    @Path("/calls/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public CallView call(@PathParam("id") String id) {
        return calls.find(id);
    }

    @RolesAllowed(Role.Names.SUPERVISOR)
    @GET
    @Path("/live")
    @Produces(MediaType.APPLICATION_JSON)
    public LiveView live() {
        return board.view();
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
