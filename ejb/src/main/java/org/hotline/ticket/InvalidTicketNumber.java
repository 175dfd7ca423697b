package org.hotline.ticket;

import org.hotline.common.BusinessException;
import org.hotline.common.Refusal;
import org.hotline.common.RefusalStatus;

/** What was typed is not a ticket number: wrong length, not digits, or a digit mistyped or swapped. */
@Refusal(status = RefusalStatus.BAD_REQUEST, type = "invalid-ticket-number")
public class InvalidTicketNumber extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidTicketNumber(String typed) {
        super("not a valid ticket number: " + typed);
    }

    @Override
    public String messageKey() {
        return "ticket.number.invalid";
    }

    @Override
    public String field() {
        return "number";
    }

    @Override
    public String detail() {
        return getMessage() + ": check the digits, the last one is a check digit";
    }
}
