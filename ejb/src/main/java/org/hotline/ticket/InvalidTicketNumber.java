package org.hotline.ticket;

import org.hotline.common.BusinessException;

/** What was typed is not a ticket number: wrong length, not digits, or a digit mistyped or swapped. */
public class InvalidTicketNumber extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidTicketNumber(String typed) {
        super("not a valid ticket number: " + typed);
    }

    @Override
    public String messageKey() {
        return "ticket.number.invalid";
    }
}
