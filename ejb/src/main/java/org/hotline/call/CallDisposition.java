package org.hotline.call;

/** How a call ended. */
public enum CallDisposition {
    IN_PROGRESS, ANSWERED, ABANDONED, AFTER_HOURS, IVR_ONLY, FAILED,
    /**
     * The call was in progress when the link to the PBX was lost (or the application was down), and the PBX no
     * longer had it when the link came back: how it ended is not known. An answered call keeps its answer time and
     * agent. A late event that says how it ended still completes it.
     */
    INCOMPLETE
}
