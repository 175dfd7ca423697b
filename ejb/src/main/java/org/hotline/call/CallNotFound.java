package org.hotline.call;

import org.hotline.common.BusinessException;
import org.hotline.common.Refusal;
import org.hotline.common.RefusalStatus;

/** No call has this linkedid or uniqueid. */
@Refusal(status = RefusalStatus.NOT_FOUND, type = "call-not-found")
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
