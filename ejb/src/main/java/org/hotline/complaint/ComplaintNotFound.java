package org.hotline.complaint;

import org.hotline.common.BusinessException;
import org.hotline.common.Refusal;
import org.hotline.common.RefusalStatus;

/** No complaint has this number. */
@Refusal(status = RefusalStatus.NOT_FOUND, type = "complaint-not-found")
public class ComplaintNotFound extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ComplaintNotFound(String number) {
        super("no such complaint " + number);
    }

    @Override
    public String messageKey() {
        return "complaint.notFound";
    }
}
