package org.hotline.pbx;

import org.hotline.common.BusinessException;
import org.hotline.common.Refusal;
import org.hotline.common.RefusalStatus;

/** The ticket has no citizen with a phone number to call back. */
@Refusal(status = RefusalStatus.CONFLICT, type = "no-number-to-call")
public class NoNumberToCall extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NoNumberToCall(String ticket) {
        super("no number to call back on ticket " + ticket);
    }

    @Override
    public String messageKey() {
        return "callback.noNumber";
    }
}
