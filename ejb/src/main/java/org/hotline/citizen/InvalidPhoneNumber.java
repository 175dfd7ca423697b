package org.hotline.citizen;

import org.hotline.common.BusinessException;

/** What was typed is not a phone number that can be called. */
public class InvalidPhoneNumber extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidPhoneNumber(String typed) {
        super("not a valid phone number: " + typed);
    }

    @Override
    public String messageKey() {
        return "phone.invalid";
    }
}
