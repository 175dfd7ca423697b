package org.hotline.security;

import org.hotline.common.BusinessException;
import org.hotline.common.Refusal;
import org.hotline.common.RefusalStatus;

/** The change would leave no enabled account with the ADMIN role, and nobody could administer the system. */
@Refusal(status = RefusalStatus.CONFLICT, type = "last-administrator")
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
