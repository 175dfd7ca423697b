package org.hotline.recording;

import org.hotline.common.BusinessException;
import org.hotline.common.Refusal;
import org.hotline.common.RefusalStatus;

/** The call has no recording this user may hear. */
@Refusal(status = RefusalStatus.NOT_FOUND, type = "recording-not-found")
public class RecordingNotFound extends BusinessException {

    private static final long serialVersionUID = 1L;

    public RecordingNotFound(String linkedid) {
        super("call " + linkedid + ": the call has no recording this user may hear");
    }

    @Override
    public String messageKey() {
        return "recording.notFound";
    }

    @Override
    public String detail() {
        return "No recording of this call can be played by this user: there is none, or it is not theirs to hear.";
    }
}
