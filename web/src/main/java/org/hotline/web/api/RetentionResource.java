package org.hotline.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.hotline.common.Role;
import org.hotline.retention.Retention;
import org.hotline.retention.RunView;

/**
 * Data retention for administrators: the periods in force, the report of the job's runs (the latest first), and a run
 * now, real or dry ({@code {"dryRun": true}} counts what a run would do and changes nothing). Each run is audited.
 */
@RolesAllowed(Role.Names.ADMIN)
@Path("/retention")
@Produces(MediaType.APPLICATION_JSON)
public class RetentionResource {

    @EJB
    private Retention retention;

    @GET
    @Path("/policy")
    public Retention.Policy policy() {
        return retention.policy();
    }

    @GET
    @Path("/runs")
    public List<RunView> runs() {
        return retention.runs();
    }

    /** {@code {"dryRun": false}}: a run now; the answer is the run as the report shows it. */
    public record RunRequest(@NotNull Boolean dryRun) {}

    @POST
    @Path("/runs")
    @Consumes(MediaType.APPLICATION_JSON)
    public RunView run(@NotNull @Valid RunRequest request) {
        return retention.runNow(request.dryRun());
    }
}
