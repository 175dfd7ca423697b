package org.hotline.pbx;

import org.hotline.common.BusinessException;

/** The agent's account has no phone on the PBX yet: an administrator gives it one. */
public class NoPhone extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NoPhone(String username) {
        super("no phone for " + username);
    }

    @Override
    public String messageKey() {
        return "agent.noPhone";
    }
}
