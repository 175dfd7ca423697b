package org.hotline.ticket;

/**
 * How a click-to-call callback ended, from the PBX's OriginateResponse reason: 4 answered, 3 no answer (rang out), 5
 * busy, anything else (0 failure, 1 hung up, 8 congestion) failed; UNKNOWN when the PBX never said.
 */
public enum CallbackOutcome {
    ANSWERED,
    NO_ANSWER,
    BUSY,
    FAILED,
    UNKNOWN;

    public static CallbackOutcome ofReason(Integer reason) {
        if (reason == null) {
            return UNKNOWN;
        }
        switch (reason) {
            case 4:
                return ANSWERED;
            case 3:
                return NO_ANSWER;
            case 5:
                return BUSY;
            default:
                return FAILED;
        }
    }
}
