package org.hotline.recording;

import org.hotline.common.BusinessException;
import org.hotline.common.Refusal;
import org.hotline.common.RefusalStatus;

/** The recording's file is not a WAV recording. */
@Refusal(status = RefusalStatus.UNSUPPORTED_MEDIA_TYPE, type = "recording-not-wav")
public class RecordingNotWav extends BusinessException {

    private static final long serialVersionUID = 1L;

    public RecordingNotWav(String linkedid) {
        super("call " + linkedid + ": the recording's file is not a WAV recording");
    }

    @Override
    public String messageKey() {
        return "recording.notWav";
    }

    @Override
    public String detail() {
        return "The recording's file is not a WAV recording, so it is not played.";
    }
}
