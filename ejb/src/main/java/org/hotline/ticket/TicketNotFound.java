package org.hotline.ticket;

import org.hotline.common.BusinessException;

/** No ticket has this number. */
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
