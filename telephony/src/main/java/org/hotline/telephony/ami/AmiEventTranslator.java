package org.hotline.telephony.ami;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.asteriskjava.manager.event.AgentCompleteEvent;
import org.asteriskjava.manager.event.AgentConnectEvent;
import org.asteriskjava.manager.event.AgiExecStartEvent;
import org.asteriskjava.manager.event.AttendedTransferEvent;
import org.asteriskjava.manager.event.BlindTransferEvent;
import org.asteriskjava.manager.event.HangupEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.NewCallerIdEvent;
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
 * linkedid (the first) enters and ends the call. That channel learns the caller's number only after it is made
 * (NewCallerid), so the number is taken from there too.
 *
 * <p>IVR choices are read from the IVR's own commands (AGIExecStart of {@code SET VARIABLE "HOTLINE_…"}), not from
 * every VarSet: the dialplan presets some of the same variables before the IVR runs, and those are not the caller's.
 */
public final class AmiEventTranslator {

    private AmiEventTranslator() {}

    public static Optional<CallSignal> translate(ManagerEvent event, Instant receivedAt) {
        Instant at = at(event, receivedAt);
        if (event instanceof NewChannelEvent channel && isCallsOwn(channel.getUniqueId(), channel.getLinkedid())) {
            return Optional.of(new CallSignal(
                    Kind.ENTERED,
                    channel.getLinkedid(),
                    at,
                    known(channel.getCallerIdNum()),
                    known(channel.getCallerIdName()),
                    channel.getExten(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null));
        }
        if (event instanceof NewCallerIdEvent callerId
                && isCallsOwn(callerId.getUniqueId(), callerId.getLinkedId())
                && known(callerId.getCallerIdNum()) != null) {
            return Optional.of(new CallSignal(
                    Kind.CALLER_KNOWN,
                    callerId.getLinkedId(),
                    at,
                    known(callerId.getCallerIdNum()),
                    known(callerId.getCallerIdName()),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null));
        }
        if (event instanceof QueueCallerJoinEvent join && join.getLinkedId() != null) {
            return Optional.of(new CallSignal(
                    Kind.QUEUE_JOINED,
                    join.getLinkedId(),
                    at,
                    known(join.getCallerIdNum()),
                    known(join.getCallerIdName()),
                    null,
                    join.getQueue(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    join.getUniqueId()));
        }
        if (event instanceof AgentConnectEvent connect && connect.getLinkedId() != null) {
            return Optional.of(new CallSignal(
                    Kind.ANSWERED,
                    connect.getLinkedId(),
                    at,
                    null,
                    null,
                    null,
                    connect.getQueue(),
                    agent(connect.getMemberName(), connect.getInterface()),
                    seconds(connect.getHoldTime()),
                    null,
                    null,
                    null,
                    known(connect.getInterface())));
        }
        if (event instanceof AgentCompleteEvent complete && complete.getLinkedId() != null) {
            return Optional.of(new CallSignal(
                    Kind.AGENT_COMPLETED,
                    complete.getLinkedId(),
                    at,
                    null,
                    null,
                    null,
                    complete.getQueue(),
                    agent(complete.getMemberName(), complete.getInterface()),
                    seconds(complete.getHoldTime()),
                    seconds(complete.getTalkTime()),
                    null,
                    null,
                    complete.getReason()));
        }
        if (event instanceof QueueCallerAbandonEvent abandon && abandon.getLinkedId() != null) {
            return Optional.of(new CallSignal(
                    Kind.ABANDONED,
                    abandon.getLinkedId(),
                    at,
                    null,
                    null,
                    null,
                    abandon.getQueue(),
                    null,
                    abandon.getHoldTime(),
                    null,
                    null,
                    null,
                    null));
        }
        if (event instanceof HangupEvent hangup && isCallsOwn(hangup.getUniqueId(), hangup.getLinkedId())) {
            return Optional.of(new CallSignal(
                    Kind.ENDED,
                    hangup.getLinkedId(),
                    at,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    hangup.getCause(),
                    null,
                    null));
        }
        if (event instanceof VarSetEvent variable
                && variable.getLinkedId() != null
                && ("MIXMONITOR_FILENAME".equals(variable.getVariable())
                        || "QUEUESTATUS".equals(variable.getVariable()))) {
            return Optional.of(new CallSignal(
                    Kind.VARIABLE,
                    variable.getLinkedId(),
                    at,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    variable.getVariable(),
                    variable.getValue()));
        }
        if (event instanceof AgiExecStartEvent command && command.getLinkedid() != null) {
            List<String> words = agiWords(command.getCommand());
            if (words.size() == 4
                    && "SET".equalsIgnoreCase(words.get(0))
                    && "VARIABLE".equalsIgnoreCase(words.get(1))
                    && words.get(2).startsWith("HOTLINE_")) {
                return Optional.of(new CallSignal(
                        Kind.VARIABLE,
                        command.getLinkedid(),
                        at,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        words.get(2),
                        words.get(3),
                        command.getUniqueId()));
            }
        }
        if (event instanceof BlindTransferEvent blind && blind.getTransfererLinkedId() != null) {
            return Optional.of(new CallSignal(
                    Kind.TRANSFERRED,
                    blind.getTransfererLinkedId(),
                    at,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    blind.getExtension()));
        }
        if (event instanceof AttendedTransferEvent attended && attended.getOrigTransfererLinkedId() != null) {
            String target = attended.getSecondTransfererCallerIDNum() != null
                    ? attended.getSecondTransfererCallerIDNum()
                    : attended.getSecondTransfererChannel();
            return Optional.of(new CallSignal(
                    Kind.TRANSFERRED,
                    attended.getOrigTransfererLinkedId(),
                    at,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    target));
        }
        return Optional.empty();
    }

    /**
     * An AGI command's words as res_agi parses them: separated by spaces, "quoted words" kept whole, a backslash
     * taking the next character as it is.
     */
    static List<String> agiWords(String command) {
        List<String> words = new ArrayList<>();
        if (command == null) {
            return words;
        }
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean started = false;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (c == '\\' && i + 1 < command.length()) {
                word.append(command.charAt(++i));
                started = true;
            } else if (c == '"') {
                quoted = !quoted;
                started = true;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (started) {
                    words.add(word.toString());
                    word.setLength(0);
                    started = false;
                }
            } else {
                word.append(c);
                started = true;
            }
        }
        if (started) {
            words.add(word.toString());
        }
        return words;
    }

    /** Asterisk writes an unknown caller as {@code <unknown>}; the call log keeps it as not known. */
    static String known(String callerId) {
        return callerId == null || callerId.isBlank() || "<unknown>".equalsIgnoreCase(callerId.strip())
                ? null
                : callerId.strip();
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
