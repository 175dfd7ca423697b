package org.hotline.ticket;

/**
 * What staff may do to a ticket on the ticket desk. {@link Ticket#allowedActions()} says which of them a ticket allows
 * now; the desk refuses the others, and the pages and the API show only those, so nothing is offered that would then
 * be refused.
 */
public enum TicketAction {
    /** Move it along its workflow (the targets are {@link TicketView#allowedTransitions()}). */
    MOVE,
    COMMENT,
    ATTACH,
    /** Its e-service, team and assignee, priority, subject and description. */
    EDIT,
    /** Fold it, as a duplicate, into another ticket. */
    MERGE
}
