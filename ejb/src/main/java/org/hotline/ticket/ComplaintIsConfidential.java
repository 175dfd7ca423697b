package org.hotline.ticket;

import org.hotline.common.BusinessException;
import org.hotline.common.Refusal;
import org.hotline.common.RefusalStatus;

/**
 * A complaint's content belongs to officers: it is filed through the complaint intake and read on the complaint
 * desk, never through the ticket desk.
 */
@Refusal(status = RefusalStatus.CONFLICT, type = "complaint-confidential")
public class ComplaintIsConfidential extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ComplaintIsConfidential(String number) {
        super("a complaint's content belongs to officers; it is filed and handled through the complaint desk: "
                + number);
    }

    @Override
    public String messageKey() {
        return "complaint.confidential";
    }
}
