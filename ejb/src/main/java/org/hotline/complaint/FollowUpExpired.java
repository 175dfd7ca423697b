package org.hotline.complaint;

import org.hotline.common.BusinessException;
import org.hotline.common.Refusal;
import org.hotline.common.RefusalStatus;

/** The follow-up was left open too long (or the server restarted): the receipt must be typed again. */
@Refusal(status = RefusalStatus.FORBIDDEN, type = "follow-up-expired")
public class FollowUpExpired extends BusinessException {

    private static final long serialVersionUID = 1L;

    public FollowUpExpired() {
        super("the follow-up has expired; type the receipt again");
    }

    @Override
    public String messageKey() {
        return "followUp.expired";
    }
}
