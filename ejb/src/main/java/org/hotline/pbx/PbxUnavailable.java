package org.hotline.pbx;

import org.hotline.common.BusinessException;

/** The PBX is not configured, or not connected just now: the action could not be sent. */
public class PbxUnavailable extends BusinessException {

    private static final long serialVersionUID = 1L;

    public PbxUnavailable(String why) {
        super("PBX unavailable: " + why);
    }

    @Override
    public String messageKey() {
        return "pbx.unavailable";
    }
}
