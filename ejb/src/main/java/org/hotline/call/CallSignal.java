package org.hotline.call;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * One thing the PBX said about a call, in the domain's words: the port between the telephony module (which
 * translates AMI events into these) and the call log. Fields that the kind does not carry are null; {@code uniqueid}
 * is the channel the call waits in the queue and runs the IVR on (queue_log's callid), where the event names it.
 */
public record CallSignal(
        Kind kind,
        String linkedid,
        Instant at,
        String caller,
        String callerName,
        String did,
        String queue,
        String agent,
        Integer waitSeconds,
        Integer talkSeconds,
        Integer hangupCause,
        String variable,
        String value,
        String uniqueid) {

    /** What happened. */
    public enum Kind {
        /** The call's first channel appeared (Newchannel of the linkedid's own channel). */
        ENTERED,
        /** The caller's number became known (NewCallerid of the call's own channel: a Local channel learns it late). */
        CALLER_KNOWN,
        /** The caller joined a queue (QueueCallerJoin). */
        QUEUE_JOINED,
        /** An agent answered (AgentConnect); value: the member's interface, the phone it was answered on. */
        ANSWERED,
        /** The agent's part ended (AgentComplete); value: Asterisk's reason (caller, agent, transfer). */
        AGENT_COMPLETED,
        /**
         * The caller left a queue unanswered (QueueCallerAbandon). Asterisk 22 says this when Queue() times out too;
         * the QUEUESTATUS variable that follows tells the two apart.
         */
        ABANDONED,
        /** A channel of the call hung up (Hangup of the linkedid's own channel ends the call). */
        ENDED,
        /**
         * A variable of the call: an IVR choice (a HOTLINE_* variable the IVR set through AGI), the recording file
         * (MIXMONITOR_FILENAME) or how Queue() ended (QUEUESTATUS).
         */
        VARIABLE,
        /** The agent transferred the caller elsewhere (BlindTransfer, AttendedTransfer); value: where to. */
        TRANSFERRED
    }

    /** A signal that does not name the channel's uniqueid. */
    public CallSignal(
            Kind kind,
            String linkedid,
            Instant at,
            String caller,
            String callerName,
            String did,
            String queue,
            String agent,
            Integer waitSeconds,
            Integer talkSeconds,
            Integer hangupCause,
            String variable,
            String value) {
        this(
                kind,
                linkedid,
                at,
                caller,
                callerName,
                did,
                queue,
                agent,
                waitSeconds,
                talkSeconds,
                hangupCause,
                variable,
                value,
                null);
    }

    public CallSignal {
        requireNonNull(kind, "kind is required");
        requireNonNull(linkedid, "linkedid is required");
        requireNonNull(at, "at is required");
    }

    public static CallSignal of(Kind kind, String linkedid, Instant at) {
        return new CallSignal(kind, linkedid, at, null, null, null, null, null, null, null, null, null, null, null);
    }
}
