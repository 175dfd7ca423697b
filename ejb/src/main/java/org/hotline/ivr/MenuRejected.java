package org.hotline.ivr;

import org.hotline.common.BusinessException;
import org.hotline.common.Refusal;
import org.hotline.common.RefusalStatus;

/** The menu would leave callers stuck: a digit twice, no key to an agent, or a queued topic without a queue. */
@Refusal(status = RefusalStatus.CONFLICT, type = "menu-rejected")
public class MenuRejected extends BusinessException {

    private static final long serialVersionUID = 1L;

    public MenuRejected(String why) {
        super("menu refused: " + why);
    }

    @Override
    public String messageKey() {
        return "ivr.menuRejected";
    }
}
