package org.hotline.security;

import org.hotline.common.BusinessException;

/** No account has this id. */
public class UserNotFound extends BusinessException {

    private static final long serialVersionUID = 1L;

    public UserNotFound(long id) {
        super("no user account " + id);
    }

    @Override
    public String messageKey() {
        return "user.notFound";
    }
}
