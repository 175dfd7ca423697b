package org.hotline.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.hotline.common.Role;
import org.hotline.survey.SurveyShare;

/**
 * The share of answered calls the IVR surveys after the agent hangs up, as supervisors choose it (0 to 100 %): the
 * next call follows the change. Every change is audited.
 */
@Path("/survey/share")
@Produces(MediaType.APPLICATION_JSON)
public class SurveyResource {

    @EJB
    private SurveyShare share;

    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
    @GET
    public SurveyShare.Share share() {
        return share.share();
    }

    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public SurveyShare.Share change(@NotNull @Valid SurveyShare.Share.Change change) {
        return share.change(change);
    }
}
