package org.hotline.pbx;

import org.hotline.common.BusinessException;

/** The ticket has no citizen with a phone number to call back. */
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
