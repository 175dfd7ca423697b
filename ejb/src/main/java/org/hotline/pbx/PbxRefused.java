package org.hotline.pbx;

import org.hotline.common.BusinessException;
import org.hotline.common.Refusal;
import org.hotline.common.RefusalStatus;

/** The PBX answered an action with an error (its own words are kept in the message, for the log and the API). */
@Refusal(status = RefusalStatus.CONFLICT, type = "pbx-refused")
public class PbxRefused extends BusinessException {

    private static final long serialVersionUID = 1L;

    public PbxRefused(String action, String pbxMessage) {
        super(action + " refused by the PBX: " + pbxMessage);
    }

    @Override
    public String messageKey() {
        return "pbx.refused";
    }
}
