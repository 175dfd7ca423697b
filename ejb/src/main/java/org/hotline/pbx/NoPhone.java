package org.hotline.pbx;

import org.hotline.common.BusinessException;
import org.hotline.common.Refusal;
import org.hotline.common.RefusalStatus;

/** The agent's account has no phone on the PBX yet: an administrator gives it one. */
@Refusal(status = RefusalStatus.CONFLICT, type = "no-phone")
public class NoPhone extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NoPhone(String username) {
        super("no phone for " + username);
    }

    @Override
    public String messageKey() {
        return "agent.noPhone";
    }

    @Override
    public String detail() {
        return getMessage() + ": an administrator sets the account's phone";
    }
}
