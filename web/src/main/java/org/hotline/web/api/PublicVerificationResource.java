package org.hotline.web.api;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import org.hotline.document.DocumentRegistry;
import org.hotline.document.DocumentType;
import org.hotline.document.MalformedPayload;
import org.hotline.document.QrCodes;
import org.hotline.document.Verification;
import org.hotline.web.complaint.AbuseLimits;
import org.hotline.web.http.ClientAddress;

/**
 * Anyone may check a secure document, without an account: by its number and the short code under its QR, or by the
 * QR image. The answer says only whether it is genuine and valid, its type, institution and issue date, and what
 * replaced it; never the holder, never the reason an office recorded. Each address has a few checks a minute
 * ({@link AbuseLimits#documentChecksPerMinute()}), shared with the public page.
 */
@PermitAll
@Path("/public/verification")
@Produces(MediaType.APPLICATION_JSON)
public class PublicVerificationResource {

    @Inject
    private ClientAddress clientAddress;

    @EJB
    private DocumentRegistry registry;

    @Inject
    private AbuseLimits limits;

    @Context
    private HttpServletRequest request;

    /** What the public is told. */
    public record PublicAnswer(
            Verification.Outcome outcome,
            String number,
            DocumentType type,
            String institutionCode,
            LocalDate issueDate,
            LocalDate statusChangedOn,
            String supersededBy) {

        static PublicAnswer of(Verification verification) {
            return new PublicAnswer(
                    verification.outcome(),
                    verification.number(),
                    verification.type(),
                    verification.institutionCode(),
                    verification.issueDate(),
                    verification.statusChangedOn(),
                    verification.supersededBy());
        }
    }

    @GET
    public PublicAnswer byNumber(@QueryParam("number") String number, @QueryParam("code") String code) {
        limit();
        return PublicAnswer.of(registry.verifyNumber(number, code));
    }

    /**
     * The body is the QR image, PNG or JPEG: refused (400 {@code image-too-large}) when its header claims more pixels
     * than are decoded, before any is; answered 503 {@code busy} when the server already decodes as many as it may.
     */
    @POST
    @Consumes({"image/png", "image/jpeg"})
    public PublicAnswer byImage(@jakarta.ws.rs.HeaderParam("Content-Type") MediaType declared, InputStream image)
            throws IOException {
        limit();
        byte[] content = UploadBodies.read(image, declared);
        try {
            return PublicAnswer.of(registry.verifyPayload(QrCodes.read(content)));
        } catch (MalformedPayload unreadable) {
            return new PublicAnswer(Verification.Outcome.MALFORMED, null, null, null, null, null, null);
        }
    }

    /** The body is the text a QR reader showed. */
    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    public PublicAnswer byPayload(String payload) {
        limit();
        return PublicAnswer.of(registry.verifyPayload(payload));
    }

    private void limit() {
        if (!limits.allow(
                "verify", clientAddress.of(request), limits.documentChecksPerMinute(), Duration.ofMinutes(1))) {
            throw new WebApplicationException(Problem.of(
                            Response.Status.TOO_MANY_REQUESTS,
                            "too-many-requests",
                            "Too many checks from this address; wait a minute.")
                    .toResponse());
        }
    }
}
