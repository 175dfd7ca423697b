package org.hotline.call;

/** How a call ended. */
public enum CallDisposition {
    IN_PROGRESS, ANSWERED, ABANDONED, AFTER_HOURS, IVR_ONLY, FAILED
}
