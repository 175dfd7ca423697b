package org.hotline.ticket;

import java.util.List;

/**
 * What became of a bulk change: the tickets changed, and those refused, each with why. A refused ticket was left
 * exactly as it was.
 */
public record BulkOutcome(List<String> changed, List<Refused> refused) {

    /**
     * One ticket the change was refused for: {@code from} is its status when the workflow refused the move, and
     * {@code messageKey} the bundle key of the refusal, for pages to say it in the reader's language.
     */
    public record Refused(String number, Reason reason, TicketStatus from, String messageKey) {}

    /** Why: a complaint (officers' only), a move the workflow does not allow, a colleague's change meanwhile. */
    public enum Reason {
        CONFIDENTIAL,
        INVALID_TRANSITION,
        CHANGED_MEANWHILE,
        REFUSED
    }
}
