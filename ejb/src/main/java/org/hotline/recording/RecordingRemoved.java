package org.hotline.recording;

import java.time.Instant;
import org.hotline.common.BusinessException;
import org.hotline.common.Refusal;
import org.hotline.common.RefusalStatus;

/** The recording was removed by the retention job at the end of its period: it is not played. */
@Refusal(status = RefusalStatus.CONFLICT, type = "recording-removed")
public class RecordingRemoved extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final Instant removedAt;

    public RecordingRemoved(String linkedid, Instant removedAt) {
        super("call " + linkedid + ": the recording was removed at " + removedAt + " under the retention period");
        this.removedAt = removedAt;
    }

    public Instant removedAt() {
        return removedAt;
    }

    @Override
    public String messageKey() {
        return "recording.removedRefused";
    }

    @Override
    public String detail() {
        return "The recording was removed on " + removedAt + " at the end of its retention period.";
    }
}
