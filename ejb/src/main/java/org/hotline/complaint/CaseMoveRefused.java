package org.hotline.complaint;

import org.hotline.common.BusinessException;

/** The case cannot move there from where it stands, or a referral names no reference. */
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
