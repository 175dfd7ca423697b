package org.hotline.call;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * One thing the PBX said about a call, in the domain's words: the port between the telephony module (which
 * translates AMI events into these) and the call log. Fields that the kind does not carry are null.
 */
public record CallSignal(Kind kind, String linkedid, Instant at, String caller, String callerName, String did,
        String queue, String agent, Integer waitSeconds, Integer talkSeconds, Integer hangupCause, String variable,
        String value) {

    /** What happened. */
    public enum Kind {
        /** The call's first channel appeared (Newchannel of the linkedid's own channel). */
        ENTERED,
        /** The caller joined a queue (QueueCallerJoin). */
        QUEUE_JOINED,
        /** An agent answered (AgentConnect). */
        ANSWERED,
        /** The agent's part ended (AgentComplete). */
        AGENT_COMPLETED,
        /** The caller hung up while waiting in the queue (QueueCallerAbandon). */
        ABANDONED,
        /** A channel of the call hung up (Hangup of the linkedid's own channel ends the call). */
        ENDED,
        /** The dialplan set a variable on the call (VarSet): IVR choices and the recording file. */
        VARIABLE,
        /** The agent transferred the caller elsewhere (BlindTransfer, AttendedTransfer); value: where to. */
        TRANSFERRED
    }

    public CallSignal {
        requireNonNull(kind, "kind is required");
        requireNonNull(linkedid, "linkedid is required");
        requireNonNull(at, "at is required");
    }

    public static CallSignal of(Kind kind, String linkedid, Instant at) {
        return new CallSignal(kind, linkedid, at, null, null, null, null, null, null, null, null, null, null);
    }
}
