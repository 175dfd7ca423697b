package org.hotline.security;

import org.hotline.common.BusinessException;

/** No account has this id or username. */
public class UserNotFound extends BusinessException {

    private static final long serialVersionUID = 1L;

    public UserNotFound(long id) {
        super("no user account " + id);
    }

    public UserNotFound(String username) {
        super("no user account named " + username);
    }

    @Override
    public String messageKey() {
        return "user.notFound";
    }
}
