package org.hotline.web.api;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.hotline.complaint.CaseState;
import org.hotline.complaint.ComplaintFollowUp;
import org.hotline.complaint.EvidenceView;
import org.hotline.complaint.FollowUp;
import org.hotline.complaint.QuestionView;
import org.hotline.ticket.TicketStatus;
import org.hotline.web.http.ClientAddress;

/**
 * A complainant follows a complaint up without an account, by the receipt (ticket number and PIN), as on the public
 * page and under the same rules ({@link ComplaintFollowUp}). Every refusal is the same 403, whether the number is a
 * complaint, an ordinary ticket or nothing; after too many wrong PINs for the number, or from this address, a 429 with
 * {@code Retry-After} says when to try again, before any PIN is checked. Read-only: answering questions and adding
 * evidence stay on the page.
 */
@Path("/public/follow-up")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class PublicFollowUpResource {

    @EJB
    private ComplaintFollowUp followUps;

    @Context
    private HttpServletRequest request;

    /** {@code {"number": "…", "pin": "…"}}, digits Latin or Arabic-Indic. */
    public record ReceiptTyped(@NotNull @Size(max = 40) String number, @NotNull @Size(max = 40) String pin) {
    }

    /** What the complainant is told: the state, the officers' questions with the answers, the evidence's names. */
    public record FollowUpAnswer(String number, TicketStatus status, CaseState caseState, Instant filedAt,
            List<QuestionView> questions, List<EvidenceView> evidence) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response follow(@NotNull @Valid ReceiptTyped receipt) {
        FollowUp followUp = followUps.status(receipt.number(), receipt.pin(), "web:" + ClientAddress.of(request));
        switch (followUp.outcome()) {
            case SHOWN:
                return Response.ok(new FollowUpAnswer(followUp.number(), followUp.status(), followUp.caseState(),
                        followUp.filedAt(), followUp.questions(), followUp.evidence())).build();
            case WAIT:
                return Response.fromResponse(Problem.of(Response.Status.TOO_MANY_REQUESTS, "follow-up-wait",
                        "Too many wrong PINs for this number or from this address; try again after "
                                + followUp.waitSeconds() + " seconds.").toResponse())
                        .header("Retry-After", followUp.waitSeconds()).build();
            default:
                Response.ResponseBuilder refused = Response.fromResponse(Problem.of(Response.Status.FORBIDDEN,
                        "follow-up-refused", "The number or the PIN is not right.").toResponse());
                if (followUp.waitSeconds() > 0) {
                    refused.header("Retry-After", followUp.waitSeconds()); // the next try for the number must wait
                }
                return refused.build();
        }
    }
}
