package org.hotline.security;

import org.hotline.common.BusinessException;

/** The change would leave no enabled account with the ADMIN role, and nobody could administer the system. */
public class LastAdministrator extends BusinessException {

    private static final long serialVersionUID = 1L;

    public LastAdministrator() {
        super("at least one enabled administrator must remain");
    }

    @Override
    public String messageKey() {
        return "user.lastAdministrator";
    }
}
