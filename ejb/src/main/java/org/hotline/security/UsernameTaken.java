package org.hotline.security;

import org.hotline.common.BusinessException;

/** Another account already has this username. */
public class UsernameTaken extends BusinessException {

    private static final long serialVersionUID = 1L;

    public UsernameTaken(String username) {
        super("username already taken: " + username);
    }

    @Override
    public String messageKey() {
        return "user.usernameTaken";
    }
}
