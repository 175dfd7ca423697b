package org.hotline.web.api;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
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
import org.hotline.complaint.ThreadEntry;
import org.hotline.ticket.TicketStatus;
import org.hotline.web.http.ClientAddress;
import org.hotline.web.http.Downloads;

/**
 * A complainant follows a complaint up without an account, by the receipt (ticket number and PIN), as on the public
 * page and under the same rules ({@link ComplaintFollowUp}). Every refusal is the same 403, whether the number is a
 * complaint, an ordinary ticket or nothing; after too many wrong PINs for the number, or from this address, a 429 with
 * {@code Retry-After} says when to try again, before any PIN is checked. Besides reading, the complainant answers
 * the officers' questions, writes messages of their own and downloads the files the officers attached for them;
 * attaching files and adding evidence stay on the page.
 */
@Path("/public/follow-up")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class PublicFollowUpResource {

    @Inject
    private ClientAddress clientAddress;

    @EJB
    private ComplaintFollowUp followUps;

    @Context
    private HttpServletRequest request;

    /** {@code {"number": "…", "pin": "…"}}, digits Latin or Arabic-Indic. */
    public record ReceiptTyped(
            @NotNull @Size(max = 40) String number,
            @NotNull @Size(max = 40) String pin) {}

    /**
     * What the complainant is told: the state, the officers' questions with the answers, the conversation in time
     * order (never naming an officer; the officers' files downloaded at {@code files/{id}}), the evidence's names.
     */
    public record FollowUpAnswer(
            String number,
            TicketStatus status,
            CaseState caseState,
            Instant filedAt,
            List<QuestionView> questions,
            List<EvidenceView> evidence,
            List<ThreadEntry> thread) {

        static FollowUpAnswer of(FollowUp followUp) {
            return new FollowUpAnswer(
                    followUp.number(),
                    followUp.status(),
                    followUp.caseState(),
                    followUp.filedAt(),
                    followUp.questions(),
                    followUp.evidence(),
                    followUp.thread());
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response follow(@NotNull @Valid ReceiptTyped receipt) {
        FollowUp followUp = checked(receipt.number(), receipt.pin());
        return Response.ok(FollowUpAnswer.of(followUp)).build();
    }

    /**
     * {@code {"number": "…", "pin": "…", "text": "…", "questionId": 12}}: the complainant's answer to the question
     * {@code questionId} (once), or without it a message of their own; at most 5000 characters as a person counts them.
     * The receipt is checked as for reading, under the same rules. Files are attached on the page.
     */
    public record Written(
            @NotNull @Size(max = 40) String number,
            @NotNull @Size(max = 40) String pin,
            @jakarta.validation.constraints.NotBlank String text,
            Long questionId) {}

    @POST
    @Path("/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response write(@NotNull @Valid Written written) {
        FollowUp followUp = checked(written.number(), written.pin());
        FollowUp after = written.questionId() == null
                ? followUps.write(followUp.grant(), written.text(), List.of())
                : followUps.answer(followUp.grant(), written.questionId(), written.text(), List.of());
        return Response.status(Response.Status.CREATED)
                .entity(FollowUpAnswer.of(after))
                .build();
    }

    /**
     * {@code {"number": "…", "pin": "…"}}: a file an officer attached for the complainant, as an attachment; any other
     * file (another case's, the complainant's own evidence) is a 404.
     */
    @POST
    @Path("/files/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.WILDCARD)
    public Response file(@PathParam("id") long id, @NotNull @Valid ReceiptTyped receipt) {
        FollowUp followUp = checked(receipt.number(), receipt.pin());
        return Downloads.of(followUps.officerFile(followUp.grant(), id));
    }

    /** The follow-up for the receipt, or the refusal (403, or 429 with {@code Retry-After}) thrown as the response. */
    private FollowUp checked(String number, String pin) {
        FollowUp followUp = followUps.status(number, pin, "web:" + clientAddress.of(request));
        switch (followUp.outcome()) {
            case SHOWN:
                return followUp;
            case WAIT:
                throw new WebApplicationException(Response.fromResponse(Problem.of(
                                        Response.Status.TOO_MANY_REQUESTS,
                                        "follow-up-wait",
                                        "Too many wrong PINs for this number or from this address; try again after "
                                                + followUp.waitSeconds() + " seconds.")
                                .toResponse())
                        .header("Retry-After", followUp.waitSeconds())
                        .build());
            default:
                Response.ResponseBuilder refused = Response.fromResponse(Problem.of(
                                Response.Status.FORBIDDEN, "follow-up-refused", "The number or the PIN is not right.")
                        .toResponse());
                if (followUp.waitSeconds() > 0) {
                    refused.header("Retry-After", followUp.waitSeconds()); // the next try for the number must wait
                }
                throw new WebApplicationException(refused.build());
        }
    }
}
