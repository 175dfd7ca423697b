package org.hotline.complaint;

import org.hotline.common.BusinessException;

/** The officer belongs to the accused institution: they never handle this complaint (recusal). */
public class ComplaintRecused extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ComplaintRecused(String number) {
        super("an officer of the accused institution cannot handle this complaint " + number);
    }

    @Override
    public String messageKey() {
        return "complaint.recused";
    }
}
