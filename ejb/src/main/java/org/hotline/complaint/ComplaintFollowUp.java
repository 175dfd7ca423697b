package org.hotline.complaint;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import org.hotline.ticket.InvalidTicketNumber;
import org.hotline.ticket.Ticket;
import org.hotline.ticket.TicketNumber;
import org.hotline.ticket.TicketType;

/**
 * A complainant follows the complaint up with the receipt, without an account, on the web or by phone (the IVR).
 * Wrong PINs are counted on the complaint, whichever way they come, and five in a row lock it for fifteen minutes;
 * a wrong number and a wrong PIN are refused alike, so that guessing learns nothing. Public, hence
 * {@code @PermitAll}: the receipt is the credential.
 */
@Stateless
@PermitAll
public class ComplaintFollowUp {

    @PersistenceContext(unitName = "hotline")
    private EntityManager em;

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
        return new FollowUp(FollowUp.Outcome.SHOWN, number.digits(), ticket.getStatus(), complaint.getCaseState(),
                complaint.getCreatedAt());
    }

    private static final String DUMMY_HASH = ReceiptPin.hash("000001");
}
