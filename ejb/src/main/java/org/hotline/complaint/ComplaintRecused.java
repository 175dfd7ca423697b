package org.hotline.complaint;

import org.hotline.common.BusinessException;
import org.hotline.common.Refusal;
import org.hotline.common.RefusalStatus;

/**
 * The officer a case was to be given to belongs to the accused institution: they never handle it (recusal). Only an
 * officer who may see the complaint can ask this, so the refusal says why; an officer who is recused themselves is
 * answered as if the complaint did not exist ({@link ComplaintNotFound}).
 */
@Refusal(status = RefusalStatus.CONFLICT, type = "assignee-recused")
public class ComplaintRecused extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ComplaintRecused(String number, String assignee) {
        super(assignee + " belongs to the accused institution and cannot be given complaint " + number);
    }

    @Override
    public String messageKey() {
        return "case.assigneeRecused";
    }

    @Override
    public String field() {
        return "officer";
    }
}
