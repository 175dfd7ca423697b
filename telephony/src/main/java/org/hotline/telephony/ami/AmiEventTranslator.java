package org.hotline.telephony.ami;

import java.time.Instant;
import java.util.Optional;
import org.asteriskjava.manager.event.AgentCompleteEvent;
import org.asteriskjava.manager.event.AttendedTransferEvent;
import org.asteriskjava.manager.event.BlindTransferEvent;
import org.asteriskjava.manager.event.AgentConnectEvent;
import org.asteriskjava.manager.event.HangupEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.NewChannelEvent;
import org.asteriskjava.manager.event.QueueCallerAbandonEvent;
import org.asteriskjava.manager.event.QueueCallerJoinEvent;
import org.asteriskjava.manager.event.VarSetEvent;
import org.hotline.call.AgentPresence;
import org.hotline.call.CallSignal;
import org.hotline.call.CallSignal.Kind;

/**
 * Translates Asterisk-Java's events into {@link CallSignal}s; everything else is ignored. Pure and fast: it runs on
 * Asterisk-Java's event thread, which must never wait.
 *
 * <p>A call through Local channels has several channels sharing one linkedid; only the channel whose uniqueid is the
 * linkedid (the first) enters and ends the call.
 */
public final class AmiEventTranslator {

    private AmiEventTranslator() {
    }

    public static Optional<CallSignal> translate(ManagerEvent event, Instant receivedAt) {
        Instant at = at(event, receivedAt);
        if (event instanceof NewChannelEvent channel && isCallsOwn(channel.getUniqueId(), channel.getLinkedid())) {
            return Optional.of(new CallSignal(Kind.ENTERED, channel.getLinkedid(), at, channel.getCallerIdNum(),
                    channel.getCallerIdName(), channel.getExten(), null, null, null, null, null, null, null));
        }
        if (event instanceof QueueCallerJoinEvent join && join.getLinkedId() != null) {
            return Optional.of(new CallSignal(Kind.QUEUE_JOINED, join.getLinkedId(), at, join.getCallerIdNum(),
                    join.getCallerIdName(), null, join.getQueue(), null, null, null, null, null, null));
        }
        if (event instanceof AgentConnectEvent connect && connect.getLinkedId() != null) {
            return Optional.of(new CallSignal(Kind.ANSWERED, connect.getLinkedId(), at, null, null, null,
                    connect.getQueue(), agent(connect.getMemberName(), connect.getInterface()),
                    seconds(connect.getHoldTime()), null, null, null, null));
        }
        if (event instanceof AgentCompleteEvent complete && complete.getLinkedId() != null) {
            return Optional.of(new CallSignal(Kind.AGENT_COMPLETED, complete.getLinkedId(), at, null, null, null,
                    complete.getQueue(), agent(complete.getMemberName(), complete.getInterface()),
                    seconds(complete.getHoldTime()), seconds(complete.getTalkTime()), null, null, null));
        }
        if (event instanceof QueueCallerAbandonEvent abandon && abandon.getLinkedId() != null) {
            return Optional.of(new CallSignal(Kind.ABANDONED, abandon.getLinkedId(), at, null, null, null,
                    abandon.getQueue(), null, abandon.getHoldTime(), null, null, null, null));
        }
        if (event instanceof HangupEvent hangup && isCallsOwn(hangup.getUniqueId(), hangup.getLinkedId())) {
            return Optional.of(new CallSignal(Kind.ENDED, hangup.getLinkedId(), at, null, null, null, null, null, null,
                    null, hangup.getCause(), null, null));
        }
        if (event instanceof VarSetEvent variable && variable.getLinkedId() != null && variable.getVariable() != null
                && (variable.getVariable().startsWith("HOTLINE_")
                        || "MIXMONITOR_FILENAME".equals(variable.getVariable()))) {
            return Optional.of(new CallSignal(Kind.VARIABLE, variable.getLinkedId(), at, null, null, null, null, null,
                    null, null, null, variable.getVariable(), variable.getValue()));
        }
        if (event instanceof BlindTransferEvent blind && blind.getTransfererLinkedId() != null) {
            return Optional.of(new CallSignal(Kind.TRANSFERRED, blind.getTransfererLinkedId(), at, null, null, null,
                    null, null, null, null, null, null, blind.getExtension()));
        }
        if (event instanceof AttendedTransferEvent attended && attended.getOrigTransfererLinkedId() != null) {
            String target = attended.getSecondTransfererCallerIDNum() != null
                    ? attended.getSecondTransfererCallerIDNum() : attended.getSecondTransfererChannel();
            return Optional.of(new CallSignal(Kind.TRANSFERRED, attended.getOrigTransfererLinkedId(), at, null, null,
                    null, null, null, null, null, null, null, target));
        }
        return Optional.empty();
    }

    static boolean isCallsOwn(String uniqueid, String linkedid) {
        return uniqueid != null && uniqueid.equals(linkedid);
    }

    static String agent(String memberName, String memberInterface) {
        return AgentPresence.agentName(memberName, memberInterface);
    }

    private static Integer seconds(Long value) {
        return value == null ? null : Math.toIntExact(value);
    }

    static Instant at(ManagerEvent event, Instant receivedAt) {
        return event.getTimestamp() != null ? instant(event.getTimestamp()) : receivedAt;
    }

    private static Instant instant(double epochSeconds) {
        long seconds = (long) Math.floor(epochSeconds);
        return Instant.ofEpochSecond(seconds, Math.round((epochSeconds - seconds) * 1_000_000) * 1_000);
    }
}
