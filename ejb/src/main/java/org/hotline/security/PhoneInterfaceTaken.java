package org.hotline.security;

import org.hotline.common.BusinessException;
import org.hotline.common.Refusal;
import org.hotline.common.RefusalStatus;

/** Another account already has this phone: a screen pop must reach one agent only. */
@Refusal(status = RefusalStatus.CONFLICT, type = "phone-interface-taken")
public class PhoneInterfaceTaken extends BusinessException {

    private static final long serialVersionUID = 1L;

    public PhoneInterfaceTaken(String phoneInterface) {
        super("phone interface already taken: " + phoneInterface);
    }

    @Override
    public String messageKey() {
        return "user.phoneTaken";
    }

    @Override
    public String field() {
        return "phoneInterface";
    }
}
