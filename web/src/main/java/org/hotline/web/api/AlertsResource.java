package org.hotline.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.hotline.common.Role;
import org.hotline.ticket.SlaAlertView;
import org.hotline.ticket.SupervisorDesk;

/** Supervisors' SLA alerts: tickets that became at risk or breached, until acknowledged. */
@RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
@Path("/alerts")
@Produces(MediaType.APPLICATION_JSON)
public class AlertsResource {

    @EJB
    private SupervisorDesk supervisors;

    @GET
    public List<SlaAlertView> open() {
        return supervisors.openAlerts();
    }

    @POST
    @Path("/{id}/acknowledgement")
    public Response acknowledge(@PathParam("id") long id) {
        supervisors.acknowledge(id);
        return Response.noContent().build();
    }
}
