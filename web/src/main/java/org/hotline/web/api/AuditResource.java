package org.hotline.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.hotline.audit.AuditVerifier;
import org.hotline.common.Role;

/** Administrators verify the audit chain: how many entries were checked, and the first broken link if any. */
@RolesAllowed(Role.Names.ADMIN)
@Path("/audit/verification")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @EJB
    private AuditVerifier verifier;

    @POST
    public AuditVerifier.Verification verify() {
        return verifier.verify();
    }
}
