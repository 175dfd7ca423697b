package org.hotline.pbx;

import org.hotline.common.BusinessException;
import org.hotline.common.Refusal;
import org.hotline.common.RefusalStatus;

/**
 * The agent named is not talking on that call now (as the live picture of the PBX shows it): the call ended, was never
 * one, or is another agent's; or it is a call about a complaint against staff, which only officers hear, refused in
 * the same words so that the refusal tells nobody a complaint is being taken. Nothing can be listened to.
 */
@Refusal(status = RefusalStatus.CONFLICT, type = "call-not-live")
public class CallNotLive extends BusinessException {

    private static final long serialVersionUID = 1L;

    public CallNotLive(String linkedid, String agentPhone) {
        super("no live call " + linkedid + " on " + agentPhone);
    }

    @Override
    public String messageKey() {
        return "listen.notLive";
    }

    @Override
    public String detail() {
        return getMessage()
                + ": the call has ended, that agent is not on it, or it is a call about a complaint against staff,"
                + " which only officers may hear";
    }
}
