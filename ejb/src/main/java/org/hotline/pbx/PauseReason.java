package org.hotline.pbx;

/**
 * Why an agent pauses, as the console offers it. The name goes to the PBX as the pause reason (QueuePause's
 * Reason), so queue logs and reports read the same codes; pages show it in the user's language.
 */
public enum PauseReason {
    BREAK,
    PRAYER,
    LUNCH,
    TRAINING,
    MEETING,
    BACK_OFFICE
}
