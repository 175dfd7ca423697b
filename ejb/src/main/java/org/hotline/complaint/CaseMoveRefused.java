package org.hotline.complaint;

import org.hotline.common.BusinessException;
import org.hotline.common.Refusal;
import org.hotline.common.RefusalStatus;

/** The case cannot move there from where it stands, or a referral names no reference. */
@Refusal(status = RefusalStatus.CONFLICT, type = "case-move-refused")
public class CaseMoveRefused extends BusinessException {

    private static final long serialVersionUID = 1L;

    public CaseMoveRefused(String why) {
        super(why);
    }

    @Override
    public String messageKey() {
        return "complaint.moveRefused";
    }
}
