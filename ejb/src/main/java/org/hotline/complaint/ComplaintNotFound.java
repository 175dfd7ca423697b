package org.hotline.complaint;

import org.hotline.common.BusinessException;

/** No complaint has this number. */
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
