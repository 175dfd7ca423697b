package org.hotline.retention;

import org.hotline.common.BusinessException;
import org.hotline.common.Refusal;
import org.hotline.common.RefusalStatus;

/** A retention run is already going on (the daily one, or another administrator's): one at a time. */
@Refusal(status = RefusalStatus.CONFLICT, type = "retention-running")
public class RetentionBusy extends BusinessException {

    private static final long serialVersionUID = 1L;

    public RetentionBusy() {
        super("a retention run is already going on");
    }

    @Override
    public String messageKey() {
        return "retention.busy";
    }
}
