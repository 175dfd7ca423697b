package org.hotline.complaint;

import java.time.Instant;
import org.hotline.ticket.TicketStatus;

/**
 * What a complainant sees with the receipt: how it went. {@code REFUSED} does not say whether the number exists or
 * only the PIN is wrong; {@code LOCKED} says to wait after repeated wrong PINs.
 */
public record FollowUp(Outcome outcome, String number, TicketStatus status, CaseState caseState, Instant filedAt) {

    /** Shown, refused (number or PIN), or locked for a while. */
    public enum Outcome {
        SHOWN, REFUSED, LOCKED
    }

    static FollowUp refused() {
        return new FollowUp(Outcome.REFUSED, null, null, null, null);
    }

    static FollowUp locked() {
        return new FollowUp(Outcome.LOCKED, null, null, null, null);
    }
}
