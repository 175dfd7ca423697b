package org.hotline.ticket;

import org.hotline.common.BusinessException;
import org.hotline.common.Refusal;
import org.hotline.common.RefusalStatus;

/** The tickets cannot be merged: the same ticket, a closed survivor, or one already merged. */
@Refusal(status = RefusalStatus.CONFLICT, type = "merge-refused")
public class MergeRefused extends BusinessException {

    private static final long serialVersionUID = 1L;

    public MergeRefused(String why) {
        super(why);
    }

    @Override
    public String messageKey() {
        return "ticket.merge.refused";
    }
}
