package org.hotline.search;

import org.hotline.common.BusinessException;
import org.hotline.common.Refusal;
import org.hotline.common.RefusalStatus;

/** A re-index was asked for while one is running; the running one goes on. */
@Refusal(status = RefusalStatus.CONFLICT, type = "reindex-running")
public class ReindexRunning extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ReindexRunning() {
        super("a re-index is running; follow its progress");
    }

    @Override
    public String messageKey() {
        return "reindex.running";
    }
}
