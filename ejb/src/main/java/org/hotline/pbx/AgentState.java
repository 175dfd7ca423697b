package org.hotline.pbx;

/** How an agent stands, as the console and the supervisors' live view show it; derived from what the PBX reports. */
public enum AgentState {
    /** In no queue. */
    SIGNED_OUT,
    /** In a queue, ready for the next call. */
    AVAILABLE,
    /** The phone rings with a queue call. */
    RINGING,
    /** Talking to a caller. */
    ON_CALL,
    /** After a call, before the PBX sends the next one. */
    WRAP_UP,
    /** Paused in the queues, with a reason. */
    PAUSED,
    /** The phone is in use outside the queues (a callback, a private call). */
    BUSY,
    /** The PBX cannot reach the phone (not registered). */
    UNAVAILABLE
}
