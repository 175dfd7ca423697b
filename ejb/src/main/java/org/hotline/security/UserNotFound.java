package org.hotline.security;

import org.hotline.common.BusinessException;
import org.hotline.common.Refusal;
import org.hotline.common.RefusalStatus;

/** No account has this id or username. */
@Refusal(status = RefusalStatus.NOT_FOUND, type = "user-not-found")
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
