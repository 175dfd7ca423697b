package org.hotline.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.hotline.common.Role;
import org.hotline.common.StatedReason;
import org.hotline.document.DocumentKeys;
import org.hotline.document.KeyView;

/** The institutions' signing keys, for administrators: list, add, rotate, revoke; every change audited. */
@RolesAllowed(Role.Names.ADMIN)
@Path("/document-keys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DocumentKeysResource {

    @EJB
    private DocumentKeys keys;

    @GET
    public List<KeyView> list() {
        return keys.list();
    }

    /** {@code {"institutionCode": "MOI"}}, with {@code "publicKey"} (X.509, base64) for an institution's own key. */
    public record NewKey(
            @NotBlank @Size(max = 32) String institutionCode,
            @Size(max = 400) String publicKey) {}

    @POST
    public Response add(@NotNull @Valid NewKey key) {
        return Response.status(Response.Status.CREATED)
                .entity(keys.add(key.institutionCode(), key.publicKey()))
                .build();
    }

    /** {@code {"institutionCode": "MOI"}}. */
    public record Rotation(@NotBlank @Size(max = 32) String institutionCode) {}

    @POST
    @Path("/rotation")
    public Response rotate(@NotNull @Valid Rotation rotation) {
        return Response.status(Response.Status.CREATED)
                .entity(keys.rotate(rotation.institutionCode()))
                .build();
    }

    /** {@code {"reason": "…"}}. */
    public record Revocation(@StatedReason(max = 500) String reason) {}

    @POST
    @Path("/{keyId}/revocation")
    public KeyView revoke(@PathParam("keyId") String keyId, @NotNull @Valid Revocation revocation) {
        return keys.revoke(keyId, revocation.reason());
    }
}
