package org.hotline.web.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.hotline.common.Role;
import org.hotline.common.StatedReason;
import org.hotline.document.DocumentCheck;
import org.hotline.document.DocumentRegistry;
import org.hotline.document.DocumentStatus;
import org.hotline.document.NewDocument;
import org.hotline.document.QrCodes;
import org.hotline.document.SecurePayload;
import org.hotline.document.ShortCode;
import org.hotline.document.TicketDocuments;
import org.hotline.document.Verification;
import org.hotline.ticket.TicketNumber;

/**
 * Secure documents for staff: look a number up, verify a QR code's text, keep a check on a ticket (by number or by
 * the QR image the caller sent); for administrators, register a document, revoke or supersede it, and draw its QR.
 */
@Path("/documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentsResource {

    @EJB
    private DocumentRegistry registry;

    @EJB
    private TicketDocuments ticketDocuments;

    @RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR, Role.Names.OFFICER, Role.Names.ADMIN})
    @GET
    @Path("/{number: .+}")
    public Verification lookUp(@PathParam("number") String number) {
        return registry.lookUp(number);
    }

    /** The body is the text a QR reader showed. */
    @PermitAll
    @POST
    @Path("/verification")
    @Consumes(MediaType.TEXT_PLAIN)
    public Verification verify(@Size(max = 1000) String payload) {
        return registry.verifyPayload(payload);
    }

    @RolesAllowed(Role.Names.ADMIN)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(@NotNull @Valid NewDocument document) {
        return Response.status(Response.Status.CREATED)
                .entity(registry.register(document))
                .build();
    }

    /** {@code {"status": "REVOKED", "reason": "…", "supersededBy": "…"}}. */
    public record StatusChange(
            @NotNull DocumentStatus status,
            @StatedReason(max = 500) String reason,
            @Size(max = 40) String supersededBy) {}

    @RolesAllowed(Role.Names.ADMIN)
    @PUT
    @Path("/status/{number: .+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Verification changeStatus(@PathParam("number") String number, @NotNull @Valid StatusChange change) {
        return registry.changeStatus(number, change.status(), change.reason(), change.supersededBy());
    }

    /** What a document's QR holds, signed now, and the short code printed under it. */
    public record Printed(String payload, String shortCode) {}

    @RolesAllowed(Role.Names.ADMIN)
    @GET
    @Path("/payload/{number: .+}")
    public Printed payload(@PathParam("number") String number) {
        SecurePayload payload = registry.payload(number);
        return new Printed(payload.encode(), ShortCode.of(payload.digest()));
    }

    /** The document's QR code as a PNG image. */
    @RolesAllowed(Role.Names.ADMIN)
    @GET
    @Path("/qr/{number: .+}")
    @Produces("image/png")
    public byte[] qr(@PathParam("number") String number) {
        return QrCodes.png(registry.payload(number).encode(), 360);
    }

    /** {@code {"number": "…"}}: a check by number, kept on the ticket. */
    public record NumberCheck(@NotBlank @Size(max = 40) String number) {}

    @RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR})
    @POST
    @Path("/checks/{ticket}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response checkNumber(@PathParam("ticket") String ticket, @NotNull @Valid NumberCheck check) {
        return Response.status(Response.Status.CREATED)
                .entity(ticketDocuments.checkNumber(TicketNumber.parse(ticket), check.number()))
                .build();
    }

    /** The body is the QR image (PNG or JPEG) the caller sent; the check is kept on the ticket. */
    @RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR})
    @POST
    @Path("/checks/{ticket}")
    @Consumes({"image/png", "image/jpeg"})
    public Response checkImage(
            @PathParam("ticket") String ticket,
            @jakarta.ws.rs.HeaderParam("Content-Type") MediaType declared,
            InputStream image)
            throws IOException {
        byte[] content = UploadBodies.read(image, declared);
        return Response.status(Response.Status.CREATED)
                .entity(ticketDocuments.checkImage(TicketNumber.parse(ticket), content))
                .build();
    }

    @RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR, Role.Names.ADMIN})
    @GET
    @Path("/checks/{ticket}")
    public List<DocumentCheck> checks(@PathParam("ticket") String ticket) {
        return ticketDocuments.checks(TicketNumber.parse(ticket));
    }
}
