package org.hotline.complaint;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.hotline.audit.AuditTrail;
import org.hotline.ticket.InvalidTicketNumber;
import org.hotline.ticket.Ticket;
import org.hotline.ticket.TicketNumber;
import org.hotline.ticket.TicketType;

/**
 * A complainant follows the complaint up with the receipt, without an account, on the web or by phone (the IVR):
 * the case's state and the officers' questions; on the web they also answer the questions and add evidence.
 * Wrong PINs are counted on the complaint, whichever way they come, and five in a row lock it for fifteen minutes;
 * a wrong number and a wrong PIN are refused alike, so that guessing learns nothing. Public, hence
 * {@code @PermitAll}: the receipt is the credential, and after it a short-lived grant (see {@link FollowUpGrants}).
 */
@Stateless
@PermitAll
public class ComplaintFollowUp {

    /** Who answers and adds evidence in the audit log: the receipt holder, never named. */
    private static final String COMPLAINANT = "complainant";

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    public FollowUp status(String typedNumber, String pin) {
        TicketNumber number;
        try {
            number = TicketNumber.parse(typedNumber == null ? "" : typedNumber);
        } catch (InvalidTicketNumber notANumber) {
            return FollowUp.refused();
        }
        Ticket ticket = em.find(Ticket.class, number.sequence());
        Complaint complaint = ticket == null || ticket.getType() != TicketType.COMPLAINT_ABOUT_STAFF ? null
                : em.find(Complaint.class, ticket.getId(), LockModeType.PESSIMISTIC_WRITE);
        if (complaint == null) {
            ReceiptPin.matches("000000", DUMMY_HASH); // the same work as a real check: timing tells nothing
            return FollowUp.refused();
        }
        Instant now = clock.instant();
        if (complaint.pinLockedAt(now)) {
            return FollowUp.locked();
        }
        if (!ReceiptPin.matches(pin, ticket.getReceiptPinHash())) {
            complaint.wrongPin(now);
            return complaint.pinLockedAt(now) ? FollowUp.locked() : FollowUp.refused();
        }
        complaint.rightPin();
        return shown(ticket, complaint, now);
    }

    /** The follow-up again, as it stands now, for the holder of a grant. */
    public FollowUp refresh(@NotNull String grant) {
        Instant now = clock.instant();
        Ticket ticket = granted(grant, now);
        return shown(ticket, em.find(Complaint.class, ticket.getId()), now);
    }

    /** The complainant's answer to an officer's question: once, while the case is open; audited. */
    public FollowUp answer(@NotNull String grant, long questionId, @NotBlank @Size(max = 5000) String answer) {
        Instant now = clock.instant();
        Ticket ticket = granted(grant, now);
        Complaint complaint = open(ticket);
        ComplaintQuestion question = em.find(ComplaintQuestion.class, questionId, LockModeType.PESSIMISTIC_WRITE);
        if (question == null || !question.getComplaintId().equals(ticket.getId())) {
            throw new ComplaintNotFound(ticket.number().digits() + "/questions/" + questionId);
        }
        question.answer(answer, now);
        audit.record(COMPLAINANT, "COMPLAINT_ANSWERED", "complaint", ticket.number().digits(), null,
                "question " + questionId);
        return shown(ticket, complaint, now);
    }

    /** More evidence from the complainant, checked by its content, while the case is open; audited. */
    public FollowUp addEvidence(@NotNull String grant, @NotNull EvidenceFile file) {
        Instant now = clock.instant();
        Ticket ticket = granted(grant, now);
        Complaint complaint = open(ticket);
        CaseRecords.addEvidence(em, ticket.getId(), List.of(file), EvidenceSource.FOLLOW_UP, now);
        audit.record(COMPLAINANT, "COMPLAINT_EVIDENCE_ADDED", "complaint", ticket.number().digits(), null,
                "by the complainant in the follow-up");
        return shown(ticket, complaint, now);
    }

    private Ticket granted(String grant, Instant now) {
        return em.find(Ticket.class, TicketNumber.parse(FollowUpGrants.SERVER.check(grant, now)).sequence());
    }

    private Complaint open(Ticket ticket) {
        Complaint complaint = em.find(Complaint.class, ticket.getId(), LockModeType.PESSIMISTIC_WRITE);
        if (complaint.getCaseState().isClosed()) {
            throw new CaseMoveRefused("the case is closed");
        }
        return complaint;
    }

    private FollowUp shown(Ticket ticket, Complaint complaint, Instant now) {
        String number = ticket.number().digits();
        return new FollowUp(FollowUp.Outcome.SHOWN, number, ticket.getStatus(), complaint.getCaseState(),
                complaint.getCreatedAt(), CaseRecords.questions(em, ticket.getId()),
                CaseRecords.evidence(em, ticket.getId()), FollowUpGrants.SERVER.issue(number, now));
    }

    private static final String DUMMY_HASH = ReceiptPin.hash("000001");
}
