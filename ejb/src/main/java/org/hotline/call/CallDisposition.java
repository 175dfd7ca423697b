package org.hotline.call;

/** How a call ended. */
public enum CallDisposition {
    IN_PROGRESS, ANSWERED, ABANDONED, AFTER_HOURS, IVR_ONLY, FAILED,
    /**
     * The call was in progress when the link to the PBX was lost, and the PBX no longer had it when the link came
     * back: how it ended is not known. A late event that says so still completes it.
     */
    INCOMPLETE
}
