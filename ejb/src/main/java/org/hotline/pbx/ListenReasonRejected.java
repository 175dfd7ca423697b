package org.hotline.pbx;

import org.hotline.common.BusinessException;
import org.hotline.common.Refusal;
import org.hotline.common.RefusalStatus;

/** The reason for listening to a call is missing, too long, or holds control characters (a line break). */
@Refusal(status = RefusalStatus.BAD_REQUEST, type = "invalid-listen-reason")
public class ListenReasonRejected extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ListenReasonRejected(String why) {
        super("listen reason " + why);
    }

    @Override
    public String messageKey() {
        return "listen.reasonRejected";
    }

    @Override
    public String field() {
        return "reason";
    }
}
