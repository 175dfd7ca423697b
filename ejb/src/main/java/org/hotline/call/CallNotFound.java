package org.hotline.call;

import org.hotline.common.BusinessException;

/** No call has this linkedid or uniqueid. */
public class CallNotFound extends BusinessException {

    private static final long serialVersionUID = 1L;

    public CallNotFound(String id) {
        super("no call " + id);
    }

    @Override
    public String messageKey() {
        return "call.notFound";
    }
}
