package org.hotline.pbx;

import org.hotline.common.BusinessException;
import org.hotline.common.Refusal;
import org.hotline.common.RefusalStatus;

/** The PBX is not configured, or not connected just now: the action could not be sent. */
@Refusal(status = RefusalStatus.SERVICE_UNAVAILABLE, type = "pbx-unavailable")
public class PbxUnavailable extends BusinessException {

    private static final long serialVersionUID = 1L;

    public PbxUnavailable(String why) {
        super("PBX unavailable: " + why);
    }

    @Override
    public String messageKey() {
        return "pbx.unavailable";
    }

    @Override
    public String detail() {
        return getMessage() + ". Try again in a moment.";
    }
}
