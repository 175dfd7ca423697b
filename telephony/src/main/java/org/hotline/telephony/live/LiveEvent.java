package org.hotline.telephony.live;

import java.time.Instant;

/**
 * What the PBX said that changes the live picture: who waits in which queue, whose phone rings, who talks, and how
 * each queue member stands. Translated from AMI events on Asterisk-Java's event thread, applied by the
 * {@link Switchboard} on a managed thread, in the order they came.
 */
public interface LiveEvent {

    /** When the PBX said it. */
    Instant at();

    /** A caller joined a queue (QueueCallerJoin, or a QueueEntry of the resync). */
    record CallerWaiting(
            Instant at, String linkedid, String queue, String caller, String callerName, Instant waitingSince)
            implements LiveEvent {}

    /** A caller left a queue: answered, abandoned or sent on (QueueCallerLeave, QueueCallerAbandon). */
    record CallerLeft(Instant at, String linkedid, String queue) implements LiveEvent {}

    /** The dialplan set a HOTLINE_* variable on the call: the IVR choices the screen pop shows. */
    record CallVariable(Instant at, String linkedid, String name, String value) implements LiveEvent {}

    /** The call is over (Hangup of its own channel). */
    record CallEnded(Instant at, String linkedid) implements LiveEvent {}

    /** An agent's phone rings for a queue call (AgentCalled). */
    record AgentRinging(
            Instant at, String linkedid, String queue, String phoneInterface, String caller, String callerName)
            implements LiveEvent {}

    /** The agent's phone stopped ringing unanswered (AgentRingNoAnswer). */
    record AgentMissed(Instant at, String linkedid, String phoneInterface) implements LiveEvent {}

    /** The agent answered (AgentConnect); {@code channel} is the agent's own channel (its DestChannel), or null. */
    record AgentAnswered(
            Instant at, String linkedid, String queue, String phoneInterface, String caller, String channel)
            implements LiveEvent {}

    /** The agent's part of the call ended (AgentComplete): wrap-up begins. */
    record AgentFinished(Instant at, String linkedid, String phoneInterface) implements LiveEvent {}

    /**
     * A queue member as the PBX reports it (QueueMember of the resync, QueueMemberStatus, QueueMemberAdded,
     * QueueMemberPause); {@code removed} for QueueMemberRemoved. {@code status} is Asterisk's device state: 1 not in
     * use, 2 in use, 3 busy, 4 invalid, 5 unavailable, 6 ringing, 7 ring in use, 8 on hold.
     */
    record MemberState(
            Instant at,
            String queue,
            String phoneInterface,
            String memberName,
            int status,
            boolean paused,
            String pauseReason,
            int wrapUpSeconds,
            boolean removed)
            implements LiveEvent {}

    /** The PBX's full picture after a (re)connect (QueueStatus): replaces everything known before. */
    record Resynchronised(Instant at, java.util.List<MemberState> members, java.util.List<CallerWaiting> waiting)
            implements LiveEvent {}
}
