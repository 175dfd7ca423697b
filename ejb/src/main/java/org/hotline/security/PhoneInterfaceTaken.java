package org.hotline.security;

import org.hotline.common.BusinessException;

/** Another account already has this phone: a screen pop must reach one agent only. */
public class PhoneInterfaceTaken extends BusinessException {

    private static final long serialVersionUID = 1L;

    public PhoneInterfaceTaken(String phoneInterface) {
        super("phone interface already taken: " + phoneInterface);
    }

    @Override
    public String messageKey() {
        return "user.phoneTaken";
    }
}
