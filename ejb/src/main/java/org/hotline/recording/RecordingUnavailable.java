package org.hotline.recording;

import org.hotline.common.BusinessException;
import org.hotline.common.Refusal;
import org.hotline.common.RefusalStatus;

/** The recording's file is not available. */
@Refusal(status = RefusalStatus.NOT_FOUND, type = "recording-unavailable")
public class RecordingUnavailable extends BusinessException {

    private static final long serialVersionUID = 1L;

    public RecordingUnavailable(String linkedid) {
        super("call " + linkedid + ": the recording's file is not available");
    }

    @Override
    public String messageKey() {
        return "recording.missing";
    }

    @Override
    public String detail() {
        return "The recording is not available on this server: no recordings folder, or the file is not in it.";
    }
}
