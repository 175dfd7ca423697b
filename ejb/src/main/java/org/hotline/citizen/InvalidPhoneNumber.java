package org.hotline.citizen;

import org.hotline.common.BusinessException;
import org.hotline.common.Refusal;
import org.hotline.common.RefusalStatus;

/** What was typed is not a phone number that can be called. */
@Refusal(status = RefusalStatus.BAD_REQUEST, type = "invalid-phone-number")
public class InvalidPhoneNumber extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidPhoneNumber(String typed) {
        super("not a valid phone number: " + typed);
    }

    @Override
    public String messageKey() {
        return "phone.invalid";
    }

    @Override
    public String field() {
        return "phone";
    }
}
