package org.hotline.complaint;

import org.hotline.common.BusinessException;
import org.hotline.common.Refusal;
import org.hotline.common.RefusalStatus;

/** A complaint holds at most ten files of evidence. */
@Refusal(status = RefusalStatus.CONFLICT, type = "too-much-evidence")
public class TooMuchEvidence extends BusinessException {

    private static final long serialVersionUID = 1L;

    public TooMuchEvidence(int most) {
        super("a complaint holds at most " + most + " files of evidence");
    }

    @Override
    public String messageKey() {
        return "complaint.tooMuchEvidence";
    }
}
