package org.hotline.pbx;

import org.hotline.common.BusinessException;
import org.hotline.common.Refusal;
import org.hotline.common.RefusalStatus;

/** Not one of the hotline's queues (HOTLINE_QUEUES). */
@Refusal(status = RefusalStatus.BAD_REQUEST, type = "unknown-queue")
public class UnknownQueue extends BusinessException {

    private static final long serialVersionUID = 1L;

    public UnknownQueue(String queue) {
        super("not one of the hotline's queues: " + queue);
    }

    @Override
    public String messageKey() {
        return "agent.unknownQueue";
    }

    @Override
    public String field() {
        return "queues";
    }
}
