package org.hotline.ticket;

import org.hotline.common.BusinessException;
import org.hotline.common.Refusal;
import org.hotline.common.RefusalStatus;

/** No ticket has this number. */
@Refusal(status = RefusalStatus.NOT_FOUND, type = "ticket-not-found")
public class TicketNotFound extends BusinessException {

    private static final long serialVersionUID = 1L;

    public TicketNotFound(TicketNumber number) {
        super("no ticket " + number);
    }

    @Override
    public String messageKey() {
        return "ticket.notFound";
    }
}
