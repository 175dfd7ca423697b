package org.hotline.web.api;

import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hotline.complaint.CaseState;
import org.hotline.complaint.ComplainantIdentity;
import org.hotline.complaint.ComplaintCases;
import org.hotline.complaint.ComplaintIntake;
import org.hotline.complaint.ComplaintView;
import org.hotline.complaint.NewComplaint;
import org.hotline.complaint.Receipt;
import org.hotline.ticket.TicketNumber;

/**
 * Complaints about staff: agents file them during a call and get the receipt to read out (once); officers read them
 * (audited), unseal a complainant's identity with a written reason (audited), move the case with decisions and assign
 * it. Nobody else reads a complaint.
 */
@Path("/complaints")
@Produces(MediaType.APPLICATION_JSON)
public class ComplaintsResource {

    @EJB
    private ComplaintIntake intake;

    @EJB
    private ComplaintCases cases;

    /** The receipt, shown once: the caller must keep the number and the PIN. */
    public record Filed(String number, String pin, String warning) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response file(@NotNull @Valid NewComplaint complaint, @jakarta.ws.rs.core.Context UriInfo uri) {
        Receipt receipt = intake.fileByPhone(complaint);
        return Response.created(uri.getAbsolutePathBuilder().path(receipt.number()).build())
                .entity(new Filed(receipt.number(), receipt.pin(), "Read the number and the PIN to the caller now:"
                        + " the PIN is shown only once and cannot be recovered.")).build();
    }

    @GET
    @Path("/{number}")
    public ComplaintView view(@PathParam("number") String number) {
        return cases.view(TicketNumber.parse(number));
    }

    /** {@code {"to": "TRIAGE", "reason": "…", "reference": "…"}}: a decision moving the case (reference: referrals). */
    public record Move(@NotNull CaseState to, @jakarta.validation.constraints.NotBlank
            @jakarta.validation.constraints.Size(min = 10, max = 2000) String reason,
            @jakarta.validation.constraints.Size(max = 100) String reference) {
    }

    @POST
    @Path("/{number}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    public ComplaintView move(@PathParam("number") String number, @NotNull @Valid Move move) {
        return cases.move(TicketNumber.parse(number), move.to(), move.reason(), move.reference());
    }

    /** {@code {"officer": "username"}}. */
    public record Assignment(@jakarta.validation.constraints.NotBlank String officer) {
    }

    @jakarta.ws.rs.PUT
    @Path("/{number}/assignee")
    @Consumes(MediaType.APPLICATION_JSON)
    public ComplaintView assign(@PathParam("number") String number, @NotNull @Valid Assignment assignment) {
        return cases.assign(TicketNumber.parse(number), assignment.officer());
    }

    /** {@code {"reason": "…"}}: why the identity is needed, at least ten characters; it goes into the audit log. */
    public record Unsealing(@jakarta.validation.constraints.NotBlank
            @jakarta.validation.constraints.Size(min = 10, max = 1000) String reason) {
    }

    @POST
    @Path("/{number}/unsealing")
    @Consumes(MediaType.APPLICATION_JSON)
    public ComplainantIdentity unseal(@PathParam("number") String number, @NotNull @Valid Unsealing unsealing) {
        return cases.unseal(TicketNumber.parse(number), unsealing.reason());
    }
}
