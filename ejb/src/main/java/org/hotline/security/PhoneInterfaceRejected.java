package org.hotline.security;

import org.hotline.common.BusinessException;
import org.hotline.common.Refusal;
import org.hotline.common.RefusalStatus;

/** Not a phone as the PBX names one (technology/endpoint, like PJSIP/1001). */
@Refusal(status = RefusalStatus.BAD_REQUEST, type = "invalid-phone-interface")
public class PhoneInterfaceRejected extends BusinessException {

    private static final long serialVersionUID = 1L;

    public PhoneInterfaceRejected(String phoneInterface) {
        super("not a phone interface: " + phoneInterface);
    }

    @Override
    public String messageKey() {
        return "user.phoneInvalid";
    }

    @Override
    public String field() {
        return "phoneInterface";
    }
}
