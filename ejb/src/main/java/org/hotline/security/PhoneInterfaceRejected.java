package org.hotline.security;

import org.hotline.common.BusinessException;

/** Not a phone as the PBX names one (technology/endpoint, like PJSIP/1001). */
public class PhoneInterfaceRejected extends BusinessException {

    private static final long serialVersionUID = 1L;

    public PhoneInterfaceRejected(String phoneInterface) {
        super("not a phone interface: " + phoneInterface);
    }

    @Override
    public String messageKey() {
        return "user.phoneInvalid";
    }
}
