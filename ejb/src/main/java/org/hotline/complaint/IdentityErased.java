package org.hotline.complaint;

import org.hotline.common.BusinessException;
import org.hotline.common.Refusal;
import org.hotline.common.RefusalStatus;

/** The retention job erased this complaint's identity once its period had passed: there is nothing to unseal. */
@Refusal(status = RefusalStatus.CONFLICT, type = "identity-erased")
public class IdentityErased extends BusinessException {

    private static final long serialVersionUID = 1L;

    public IdentityErased(String number) {
        super("the complainant's identity was erased after the retention period: " + number);
    }

    @Override
    public String messageKey() {
        return "retention.identityErased";
    }
}
