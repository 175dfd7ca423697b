package org.hotline.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.hotline.common.Role;
import org.hotline.common.StatedReason;
import org.hotline.retention.SubjectAccess;
import org.hotline.retention.SubjectExport;

/**
 * A citizen's subject-access export, administrators only: {@code {"phone": "0780 123 4567", "nationalId": null,
 * "reason": "…"}} (a phone or a national id as typed, and why, at least ten characters) answers everything held about
 * them as one JSON document. Every export is audited with who, when and why. Any other role gets 403 before anything is
 * looked up, whether or not the citizen exists.
 */
@RolesAllowed(Role.Names.ADMIN)
@Path("/subject-access-exports")
@Produces(MediaType.APPLICATION_JSON)
public class SubjectAccessResource {

    @EJB
    private SubjectAccess access;

    public record ExportRequest(
            @Size(max = 40) String phone,
            @Size(max = 40) String nationalId,

            @StatedReason String reason) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public SubjectExport export(@NotNull @Valid ExportRequest request) {
        return access.export(request.phone(), request.nationalId(), request.reason());
    }
}
