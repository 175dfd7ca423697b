package org.hotline.ticket;

import org.hotline.common.BusinessException;
import org.hotline.common.Refusal;
import org.hotline.common.RefusalStatus;

/** The ticket cannot move from its status to the one asked for. */
@Refusal(status = RefusalStatus.CONFLICT, type = "invalid-transition")
public class InvalidTransition extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final TicketStatus from;
    private final TicketStatus to;

    public InvalidTransition(TicketStatus from, TicketStatus to) {
        super("a ticket cannot go from " + from + " to " + to);
        this.from = from;
        this.to = to;
    }

    public TicketStatus from() {
        return from;
    }

    public TicketStatus to() {
        return to;
    }

    @Override
    public String messageKey() {
        return "ticket.transition.invalid";
    }
}
