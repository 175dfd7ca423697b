package org.hotline.pbx;

/**
 * How a supervisor joins an agent's live call from the live view: each mode is a different ChanSpy on the PBX and a
 * different entry in the audit log, so what a supervisor may do to a call is chosen once, when asked, and recorded.
 */
public enum ListenMode {
    /** Hears the agent and the caller; neither hears the supervisor. */
    LISTEN("CALL_LISTENED"),
    /** Hears both, and speaks to the agent only (coaching): the caller does not hear the supervisor. */
    WHISPER("CALL_WHISPERED"),
    /** Hears both and speaks to both: the supervisor joins the conversation. */
    BARGE("CALL_BARGED_IN");

    private final String audited;

    ListenMode(String audited) {
        this.audited = audited;
    }

    /** The audit log's action for this mode. */
    public String audited() {
        return audited;
    }
}
