package org.hotline.web.api;

import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.hotline.catalog.CatalogueImportRejected;
import org.hotline.citizen.CitizenNotFound;
import org.hotline.citizen.InvalidNationalId;
import org.hotline.citizen.InvalidPhoneNumber;
import org.hotline.citizen.PhoneTaken;
import org.hotline.common.BusinessException;
import org.hotline.common.InvalidPeriod;
import org.hotline.complaint.CaseMoveRefused;
import org.hotline.complaint.ComplaintNotFound;
import org.hotline.complaint.ComplaintRecused;
import org.hotline.complaint.FollowUpExpired;
import org.hotline.complaint.NothingToUnseal;
import org.hotline.complaint.TooMuchEvidence;
import org.hotline.document.DocumentNotFound;
import org.hotline.document.DocumentRefused;
import org.hotline.ivr.MenuRejected;
import org.hotline.pbx.NoNumberToCall;
import org.hotline.pbx.NoPhone;
import org.hotline.pbx.PbxRefused;
import org.hotline.pbx.PbxUnavailable;
import org.hotline.pbx.UnknownQueue;
import org.hotline.search.ReindexRunning;
import org.hotline.security.ApiTokenNotFound;
import org.hotline.security.PbxMemberRejected;
import org.hotline.security.PbxMemberTaken;
import org.hotline.security.UserNotFound;
import org.hotline.attachment.AttachmentRejected;
import org.hotline.ticket.ComplaintIsConfidential;
import org.hotline.ticket.ConcurrentModification;
import org.hotline.ticket.InvalidTicketNumber;
import org.hotline.ticket.InvalidTransition;
import org.hotline.ticket.MergeRefused;
import org.hotline.ticket.TicketNotFound;
import org.hotline.common.UnknownReference;

/** The domain said no: each kind of refusal has its status and its problem type. */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

    /** How long a client told the server is busy decoding images waits before it tries again, in seconds. */
    static final int BUSY_RETRY_SECONDS = 2;

    @Override
    public Response toResponse(BusinessException refused) {
        Response response = problem(refused).toResponse();
        if (refused instanceof AttachmentRejected rejected && rejected.reason() == AttachmentRejected.Reason.BUSY) {
            return Response.fromResponse(response).header("Retry-After", BUSY_RETRY_SECONDS).build();
        }
        return response;
    }

    /** A refused file: too large a body is 413, a type or content that is not what it must be 415, a busy server 503. */
    private static Problem attachment(AttachmentRejected rejected) {
        String detail = rejected.getMessage();
        return switch (rejected.reason()) {
            case TOO_LARGE -> Problem.of(Status.REQUEST_ENTITY_TOO_LARGE, "attachment-too-large", detail);
            case UNSUPPORTED_TYPE -> Problem.of(Status.UNSUPPORTED_MEDIA_TYPE, "unsupported-attachment", detail);
            case MALFORMED -> Problem.of(Status.UNSUPPORTED_MEDIA_TYPE, "malformed-attachment", detail);
            case IMAGE_TOO_LARGE -> field(Status.BAD_REQUEST, "image-too-large", rejected, "file");
            case BUSY -> Problem.of(Status.SERVICE_UNAVAILABLE, "busy", detail);
            case EMPTY -> Problem.of(Status.BAD_REQUEST, "empty-attachment", detail);
        };
    }

    static Problem problem(BusinessException refused) {
        String detail = refused.getMessage();
        if (refused instanceof TicketNotFound) {
            return Problem.of(Status.NOT_FOUND, "ticket-not-found", detail);
        } else if (refused instanceof CitizenNotFound) {
            return Problem.of(Status.NOT_FOUND, "citizen-not-found", detail);
        } else if (refused instanceof org.hotline.call.CallNotFound) {
            return Problem.of(Status.NOT_FOUND, "call-not-found", detail);
        } else if (refused instanceof ConcurrentModification) {
            return Problem.of(Status.CONFLICT, "stale-version", detail + ". Read the ticket again, then repeat the change.");
        } else if (refused instanceof InvalidTransition) {
            return Problem.of(Status.CONFLICT, "invalid-transition", detail);
        } else if (refused instanceof PhoneTaken) {
            return Problem.of(Status.CONFLICT, "phone-taken", detail);
        } else if (refused instanceof MergeRefused) {
            return Problem.of(Status.CONFLICT, "merge-refused", detail);
        } else if (refused instanceof AttachmentRejected rejected) {
            return attachment(rejected);
        } else if (refused instanceof InvalidTicketNumber) {
            String checkDigit = detail + ": check the digits, the last one is a check digit";
            return Problem.of(Status.BAD_REQUEST, "invalid-ticket-number", checkDigit)
                    .withErrors(List.of(new Problem.FieldError("number", checkDigit)));
        } else if (refused instanceof InvalidPhoneNumber) {
            return field(Status.BAD_REQUEST, "invalid-phone-number", refused, "phone");
        } else if (refused instanceof InvalidNationalId) {
            return field(Status.BAD_REQUEST, "invalid-national-id", refused, "nationalId");
        } else if (refused instanceof UnknownReference unknown) {
            return field(Status.BAD_REQUEST, "unknown-reference", refused, unknown.field());
        } else if (refused instanceof CatalogueImportRejected rejected) {
            return rejectedCatalogue(rejected);
        } else if (refused instanceof ComplaintNotFound) {
            return Problem.of(Status.NOT_FOUND, "complaint-not-found", detail);
        } else if (refused instanceof ComplaintRecused) {
            return field(Status.CONFLICT, "assignee-recused", refused, "officer");
        } else if (refused instanceof CaseMoveRefused) {
            return Problem.of(Status.CONFLICT, "case-move-refused", detail);
        } else if (refused instanceof ComplaintIsConfidential || refused instanceof NothingToUnseal) {
            return Problem.of(Status.CONFLICT, "complaint-confidential", detail);
        } else if (refused instanceof org.hotline.complaint.TextRefused text) {
            return field(Status.BAD_REQUEST, "text-refused", refused, text.field());
        } else if (refused instanceof TooMuchEvidence) {
            return Problem.of(Status.CONFLICT, "too-much-evidence", detail);
        } else if (refused instanceof InvalidPeriod) {
            return field(Status.BAD_REQUEST, "invalid-period", refused, "to");
        } else if (refused instanceof FollowUpExpired) {
            return Problem.of(Status.FORBIDDEN, "follow-up-expired", detail);
        } else if (refused instanceof DocumentNotFound) {
            return Problem.of(Status.NOT_FOUND, "document-not-found", detail);
        } else if (refused instanceof DocumentRefused) {
            return Problem.of(Status.CONFLICT, "document-refused", detail);
        } else if (refused instanceof MenuRejected) {
            return Problem.of(Status.CONFLICT, "menu-rejected", detail);
        } else if (refused instanceof PbxUnavailable) {
            return Problem.of(Status.SERVICE_UNAVAILABLE, "pbx-unavailable", detail + ". Try again in a moment.");
        } else if (refused instanceof PbxRefused) {
            return Problem.of(Status.CONFLICT, "pbx-refused", detail);
        } else if (refused instanceof NoPhone) {
            return Problem.of(Status.CONFLICT, "no-phone", detail + ": an administrator sets the account's phone");
        } else if (refused instanceof NoNumberToCall) {
            return Problem.of(Status.CONFLICT, "no-number-to-call", detail);
        } else if (refused instanceof ReindexRunning) {
            return Problem.of(Status.CONFLICT, "reindex-running", detail);
        } else if (refused instanceof UnknownQueue) {
            return field(Status.BAD_REQUEST, "unknown-queue", refused, "queues");
        } else if (refused instanceof ApiTokenNotFound) {
            return Problem.of(Status.NOT_FOUND, "api-token-not-found", detail);
        } else if (refused instanceof UserNotFound) {
            return Problem.of(Status.NOT_FOUND, "user-not-found", detail);
        } else if (refused instanceof PbxMemberRejected) {
            return field(Status.BAD_REQUEST, "invalid-pbx-member", refused, "members");
        } else if (refused instanceof PbxMemberTaken) {
            return field(Status.CONFLICT, "pbx-member-taken", refused, "members");
        }
        return Problem.of(Status.BAD_REQUEST, "refused", detail);
    }

    /** One error per problem of the file, so the client can list them all, each where it is in the file. */
    private static Problem rejectedCatalogue(CatalogueImportRejected rejected) {
        List<Problem.FieldError> errors = rejected.problems().stream()
                .map(p -> new Problem.FieldError("line " + p.line() + ": " + p.column(), p.message())).toList();
        return Problem.of(Status.BAD_REQUEST, "catalogue-rejected", "The catalogue was not imported and nothing"
                + " changed: the file has " + errors.size() + (errors.size() == 1 ? " problem." : " problems."))
                .withErrors(errors);
    }

    private static Problem field(Status status, String kind, BusinessException e, String field) {
        return Problem.of(status, kind, e.getMessage()).withErrors(List.of(new Problem.FieldError(field,
                e.getMessage())));
    }
}
