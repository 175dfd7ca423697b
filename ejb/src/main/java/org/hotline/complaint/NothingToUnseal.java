package org.hotline.complaint;

import org.hotline.common.BusinessException;
import org.hotline.common.Refusal;
import org.hotline.common.RefusalStatus;

/** An anonymous complaint has no identity to unseal. */
@Refusal(status = RefusalStatus.CONFLICT, type = "complaint-confidential")
public class NothingToUnseal extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NothingToUnseal(String number) {
        super("an anonymous complaint has no identity to unseal: " + number);
    }

    @Override
    public String messageKey() {
        return "complaint.anonymous";
    }
}
