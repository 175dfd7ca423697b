package org.hotline.call;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The PBX's own records of one call, as Asterisk writes them (a CDR per channel, queue_log lines per queue event),
 * read as the call log's signals, so that they complete a call through the same idempotent path as the live events.
 */
public final class PbxRecord {

    /** One CDR row: when the channel began, its caller, its uniqueid and linkedid, and how long it lasted. */
    public record Cdr(Instant start, String src, String uniqueid, String linkedid, int durationSeconds) {

        Instant end() {
            return start.plusSeconds(durationSeconds);
        }
    }

    /**
     * One queue_log line: time, callid (the queue caller's uniqueid), queue, agent (the member name, with
     * log_membername_as_agent), event and its data fields, as app_queue writes them.
     */
    public record QueueLogLine(
            Instant time,
            String callid,
            String queue,
            String agent,
            String event,
            String data1,
            String data2,
            String data3,
            String data4,
            String data5) {}

    private PbxRecord() {}

    /**
     * Whether the PBX has finished the call: the CDR of the call's own channel (its uniqueid is the linkedid) or of the
     * channel that ran the IVR and queued is written, which Asterisk does when that channel ends. A member's channel
     * that rang unanswered ends mid-call and says nothing.
     */
    public static boolean isOver(String linkedid, String uniqueid, List<Cdr> cdrs) {
        return cdrs.stream()
                .anyMatch(cdr ->
                        linkedid.equals(cdr.uniqueid()) || (uniqueid != null && uniqueid.equals(cdr.uniqueid())));
    }

    /** The call log's signals from the call's CDRs and queue_log lines. */
    public static List<CallSignal> signals(String linkedid, List<Cdr> cdrs, List<QueueLogLine> lines) {
        List<CallSignal> signals = new ArrayList<>();
        cdrs.stream()
                .filter(cdr -> linkedid.equals(cdr.uniqueid()))
                .findFirst()
                .or(() -> cdrs.stream().findFirst())
                .ifPresent(own -> signals.add(new CallSignal(
                        CallSignal.Kind.ENTERED,
                        linkedid,
                        own.start(),
                        blankToNull(own.src()),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null)));
        for (QueueLogLine line : lines) {
            queueSignal(linkedid, line, signals);
        }
        cdrs.stream()
                .map(Cdr::end)
                .max(Comparator.naturalOrder())
                .ifPresent(end -> signals.add(CallSignal.of(CallSignal.Kind.ENDED, linkedid, end)));
        return signals;
    }

    /** app_queue's queue_log events and their data fields (queue_log documentation, Asterisk 22). */
    private static void queueSignal(String linkedid, QueueLogLine line, List<CallSignal> signals) {
        String event = Objects.requireNonNullElse(line.event(), "");
        String queue = line.queue();
        String agent = "NONE".equals(line.agent()) ? null : blankToNull(line.agent());
        switch (event) {
            case "ENTERQUEUE" ->
                signals.add(new CallSignal(
                        CallSignal.Kind.QUEUE_JOINED,
                        linkedid,
                        line.time(),
                        blankToNull(line.data2()),
                        null,
                        null,
                        queue,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        line.callid()));
            // CONNECT|holdtime|bridged channel uniqueid|ringtime
            case "CONNECT" ->
                signals.add(new CallSignal(
                        CallSignal.Kind.ANSWERED,
                        linkedid,
                        line.time(),
                        null,
                        null,
                        null,
                        queue,
                        agent,
                        number(line.data1()),
                        null,
                        null,
                        null,
                        null,
                        line.callid()));
            // COMPLETEAGENT|holdtime|calltime|origposition, COMPLETECALLER likewise
            case "COMPLETEAGENT", "COMPLETECALLER" ->
                signals.add(completed(
                        linkedid,
                        line,
                        agent,
                        number(line.data1()),
                        number(line.data2()),
                        event.equals("COMPLETEAGENT") ? "agent" : "caller"));
            // BLINDTRANSFER|extension|context|holdtime|calltime|origposition
            case "BLINDTRANSFER" -> {
                signals.add(completed(linkedid, line, agent, number(line.data3()), number(line.data4()), "transfer"));
                signals.add(new CallSignal(
                        CallSignal.Kind.TRANSFERRED,
                        linkedid,
                        line.time(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        line.data1()));
            }
            // ATTENDEDTRANSFER|method|data|holdtime|calltime|origposition
            case "ATTENDEDTRANSFER" ->
                signals.add(completed(linkedid, line, agent, number(line.data4()), number(line.data5()), "transfer"));
            // ABANDON|position|origposition|waittime; EXITWITHKEY|key|position|origposition|waittime
            case "ABANDON" -> signals.add(left(linkedid, line, number(line.data3())));
            case "EXITWITHKEY" -> signals.add(left(linkedid, line, number(line.data4())));
            // EXITWITHTIMEOUT|position|origposition|waittime; EXITEMPTY likewise: the queue let the caller go
            case "EXITWITHTIMEOUT", "EXITEMPTY" -> {
                signals.add(left(linkedid, line, number(line.data3())));
                signals.add(new CallSignal(
                        CallSignal.Kind.VARIABLE,
                        linkedid,
                        line.time(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        CallRecord.QUEUE_STATUS,
                        event.equals("EXITWITHTIMEOUT") ? "TIMEOUT" : "LEAVEEMPTY"));
            }
            default -> {
                // RINGNOANSWER, RINGCANCELED, ADDMEMBER, PAUSE, …: not the call's outcome
            }
        }
    }

    private static CallSignal completed(
            String linkedid, QueueLogLine line, String agent, Integer hold, Integer talk, String reason) {
        return new CallSignal(
                CallSignal.Kind.AGENT_COMPLETED,
                linkedid,
                line.time(),
                null,
                null,
                null,
                line.queue(),
                agent,
                hold,
                talk,
                null,
                null,
                reason,
                line.callid());
    }

    private static CallSignal left(String linkedid, QueueLogLine line, Integer wait) {
        return new CallSignal(
                CallSignal.Kind.ABANDONED,
                linkedid,
                line.time(),
                null,
                null,
                null,
                line.queue(),
                null,
                wait,
                null,
                null,
                null,
                null,
                line.callid());
    }

    private static Integer number(String field) {
        try {
            return field == null || field.isBlank() ? null : Integer.valueOf(field.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
