package org.hotline.pbx;

import org.hotline.common.BusinessException;

/** Not one of the hotline's queues (HOTLINE_QUEUES). */
public class UnknownQueue extends BusinessException {

    private static final long serialVersionUID = 1L;

    public UnknownQueue(String queue) {
        super("not one of the hotline's queues: " + queue);
    }

    @Override
    public String messageKey() {
        return "agent.unknownQueue";
    }
}
