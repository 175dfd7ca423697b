package org.hotline.citizen;

import org.hotline.common.BusinessException;
import org.hotline.common.Refusal;
import org.hotline.common.RefusalStatus;

/** The number already belongs to another citizen. */
@Refusal(status = RefusalStatus.CONFLICT, type = "phone-taken")
public class PhoneTaken extends BusinessException {

    private static final long serialVersionUID = 1L;

    public PhoneTaken(PhoneNumber phone) {
        super("phone number already belongs to a citizen: " + phone);
    }

    @Override
    public String messageKey() {
        return "phone.taken";
    }
}
