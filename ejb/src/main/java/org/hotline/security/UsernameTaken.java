package org.hotline.security;

import org.hotline.common.BusinessException;
import org.hotline.common.Refusal;
import org.hotline.common.RefusalStatus;

/** Another account already has this username. */
@Refusal(status = RefusalStatus.CONFLICT, type = "username-taken")
public class UsernameTaken extends BusinessException {

    private static final long serialVersionUID = 1L;

    public UsernameTaken(String username) {
        super("username already taken: " + username);
    }

    @Override
    public String messageKey() {
        return "user.usernameTaken";
    }

    @Override
    public String field() {
        return "username";
    }
}
