package org.hotline.call;

/** How a call ended. */
public enum CallDisposition {
    IN_PROGRESS,
    ANSWERED,
    /**
     * The caller hung up while waiting in a queue, as the PBX said (QueueCallerAbandon, queue_log's ABANDON): the only
     * outcome that opens a callback task.
     */
    ABANDONED,
    /**
     * Queue() let the caller go unanswered (its time limit ran out, or no member could take the call): the caller
     * did not give up, the hotline did. Counted apart from abandoned calls.
     */
    TIMED_OUT,
    AFTER_HOURS,
    IVR_ONLY,
    FAILED,
    /**
     * The call was in progress when the link to the PBX was lost (or the application was down), and the PBX no
     * longer had it when the link came back: how it ended is not known. An answered call keeps its answer time and
     * agent. A late event that says how it ended still completes it. Also a call that ended in a queue with no event
     * saying why (neither an abandon nor a timeout): its answer may have been lost with a link. The PBX's own records
     * settle both.
     */
    INCOMPLETE
}
