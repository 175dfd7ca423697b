package org.hotline.telephony.ami;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.asteriskjava.manager.event.AgentCalledEvent;
import org.asteriskjava.manager.event.AgentCompleteEvent;
import org.asteriskjava.manager.event.AgentConnectEvent;
import org.asteriskjava.manager.event.AgentRingNoAnswerEvent;
import org.asteriskjava.manager.event.HangupEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.QueueCallerAbandonEvent;
import org.asteriskjava.manager.event.QueueCallerJoinEvent;
import org.asteriskjava.manager.event.QueueCallerLeaveEvent;
import org.asteriskjava.manager.event.QueueEntryEvent;
import org.asteriskjava.manager.event.QueueMemberAddedEvent;
import org.asteriskjava.manager.event.QueueMemberEvent;
import org.asteriskjava.manager.event.QueueMemberPauseEvent;
import org.asteriskjava.manager.event.QueueMemberPausedEvent;
import org.asteriskjava.manager.event.QueueMemberRemovedEvent;
import org.asteriskjava.manager.event.VarSetEvent;
import org.hotline.telephony.live.LiveEvent;
import org.hotline.telephony.live.LiveEvent.AgentAnswered;
import org.hotline.telephony.live.LiveEvent.AgentFinished;
import org.hotline.telephony.live.LiveEvent.AgentMissed;
import org.hotline.telephony.live.LiveEvent.AgentRinging;
import org.hotline.telephony.live.LiveEvent.CallEnded;
import org.hotline.telephony.live.LiveEvent.CallVariable;
import org.hotline.telephony.live.LiveEvent.CallerLeft;
import org.hotline.telephony.live.LiveEvent.CallerWaiting;
import org.hotline.telephony.live.LiveEvent.MemberState;

/**
 * Translates the AMI events that change the live picture (queues, agents' phones, calls ringing) into
 * {@link LiveEvent}s; everything else is ignored. Pure and fast, like {@link AmiEventTranslator}: it runs on
 * Asterisk-Java's event thread.
 */
public final class LiveEventTranslator {

    private LiveEventTranslator() {}

    public static Optional<LiveEvent> translate(ManagerEvent event, Instant receivedAt) {
        Instant at = AmiEventTranslator.at(event, receivedAt);
        if (event instanceof QueueCallerJoinEvent join && join.getLinkedId() != null) {
            return Optional.of(new CallerWaiting(
                    at, join.getLinkedId(), join.getQueue(), join.getCallerIdNum(), join.getCallerIdName(), at));
        }
        if (event instanceof QueueCallerLeaveEvent leave && leave.getLinkedId() != null) {
            return Optional.of(new CallerLeft(at, leave.getLinkedId(), leave.getQueue()));
        }
        if (event instanceof QueueCallerAbandonEvent abandon && abandon.getLinkedId() != null) {
            return Optional.of(new CallerLeft(at, abandon.getLinkedId(), abandon.getQueue()));
        }
        if (event instanceof AgentCalledEvent called && called.getLinkedId() != null) {
            return Optional.of(new AgentRinging(
                    at,
                    called.getLinkedId(),
                    called.getQueue(),
                    phone(called.getInterface(), called.getAgentCalled()),
                    called.getCallerIdNum(),
                    called.getCallerIdName()));
        }
        if (event instanceof AgentRingNoAnswerEvent missed && missed.getLinkedId() != null) {
            return Optional.of(
                    new AgentMissed(at, missed.getLinkedId(), phone(missed.getInterface(), missed.getMember())));
        }
        if (event instanceof AgentConnectEvent connect && connect.getLinkedId() != null) {
            return Optional.of(new AgentAnswered(
                    at,
                    connect.getLinkedId(),
                    connect.getQueue(),
                    phone(connect.getInterface(), connect.getMember()),
                    connect.getCallerIdNum(),
                    connect.getDestChannel()));
        }
        if (event instanceof AgentCompleteEvent complete
                && complete.getLinkedId() != null
                && phone(complete.getInterface(), complete.getMember()) != null) {
            return Optional.of(new AgentFinished(
                    at, complete.getLinkedId(), phone(complete.getInterface(), complete.getMember())));
        }
        if (event instanceof HangupEvent hangup
                && AmiEventTranslator.isCallsOwn(hangup.getUniqueId(), hangup.getLinkedId())) {
            return Optional.of(new CallEnded(at, hangup.getLinkedId()));
        }
        if (event instanceof VarSetEvent variable
                && variable.getLinkedId() != null
                && variable.getVariable() != null
                && variable.getVariable().startsWith("HOTLINE_")
                && variable.getValue() != null) {
            return Optional.of(
                    new CallVariable(at, variable.getLinkedId(), variable.getVariable(), variable.getValue()));
        }
        return member(event, at);
    }

    /** QueueMember (the resync's), QueueMemberStatus, QueueMemberAdded, QueueMemberPause, QueueMemberRemoved. */
    static Optional<LiveEvent> member(ManagerEvent event, Instant at) {
        if (event instanceof QueueMemberEvent member && member.getInterface() != null) {
            return Optional.of(new MemberState(
                    at,
                    member.getQueue(),
                    member.getInterface(),
                    first(member.getMemberName(), member.getName()),
                    value(member.getStatus()),
                    Boolean.TRUE.equals(member.getPaused()),
                    member.getPausedreason(),
                    value(member.getWrapuptime()),
                    false));
        }
        if (event instanceof QueueMemberAddedEvent added && added.getInterface() != null) {
            return Optional.of(new MemberState(
                    at,
                    added.getQueue(),
                    added.getInterface(),
                    added.getMemberName(),
                    value(added.getStatus()),
                    Boolean.TRUE.equals(added.getPaused()),
                    added.getPausedReason(),
                    value(added.getWrapupTime()),
                    false));
        }
        if (event instanceof QueueMemberPauseEvent pause && pause.getInterface() != null) {
            return Optional.of(new MemberState(
                    at,
                    pause.getQueue(),
                    pause.getInterface(),
                    pause.getMemberName(),
                    value(pause.getStatus()),
                    Boolean.TRUE.equals(pause.getPaused()),
                    first(pause.getPausedreason(), first(pause.getPausedReason(), pause.getReason())),
                    value(pause.getWrapupTime()),
                    false));
        }
        if (event instanceof QueueMemberPausedEvent paused && paused.getInterface() != null) {
            return Optional.of(new MemberState(
                    at,
                    paused.getQueue(),
                    paused.getInterface(),
                    paused.getMemberName(),
                    1,
                    Boolean.TRUE.equals(paused.getPaused()),
                    first(paused.getPausedReason(), paused.getReason()),
                    0,
                    false));
        }
        if (event instanceof QueueMemberRemovedEvent removed && removed.getInterface() != null) {
            return Optional.of(new MemberState(
                    at, removed.getQueue(), removed.getInterface(), removed.getMemberName(), 0, false, null, 0, true));
        }
        return Optional.empty();
    }

    /**
     * A caller waiting, from the resync's QueueEntry: it names the caller's channel, whose uniqueid is the call's
     * linkedid for a call from the trunk; the wait tells since when.
     */
    static CallerWaiting waiting(QueueEntryEvent entry, Instant listTakenAt) {
        Instant since = listTakenAt.minus(Duration.ofSeconds(entry.getWait() == null ? 0 : entry.getWait()));
        return new CallerWaiting(
                listTakenAt,
                entry.getUniqueId(),
                entry.getQueue(),
                first(entry.getCallerIdNum(), entry.getCallerId()),
                entry.getCallerIdName(),
                since);
    }

    private static String phone(String memberInterface, String fallback) {
        return memberInterface != null && !memberInterface.isBlank() ? memberInterface : fallback;
    }

    private static String first(String preferred, String otherwise) {
        return preferred != null && !preferred.isBlank() ? preferred : otherwise;
    }

    private static int value(Integer number) {
        return number == null ? 0 : number;
    }
}
