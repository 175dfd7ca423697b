package org.hotline.telephony.ami;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.asteriskjava.manager.event.CoreShowChannelEvent;
import org.hotline.call.ActiveCall;
import org.hotline.call.AgentPresence;

/**
 * Reads the calls in progress from the PBX's list of channels (CoreShowChannels), as they really stand: the call's own
 * channel (whose uniqueid is the linkedid) gives its caller and start; a channel in {@code Queue()} names the queue; a
 * queue member's channel ({@code <interface>-…}, as Asterisk names the channels it dials) in a bridge means that member
 * answered, about as long ago as that channel has existed. So a call answered while the application was away is known
 * as answered, by whom, the moment the link is back.
 */
final class ChannelList {

    private ChannelList() {}

    /**
     * @param channels the CoreShowChannel items
     * @param memberNames each queue member's interface (as QueueStatus gives it) and its member name
     * @param listTakenAt when the list was asked for
     */
    static List<ActiveCall> calls(
            List<CoreShowChannelEvent> channels, Map<String, String> memberNames, Instant listTakenAt) {
        Map<String, List<CoreShowChannelEvent>> byCall = new LinkedHashMap<>();
        for (CoreShowChannelEvent channel : channels) {
            if (channel.getLinkedid() != null) {
                byCall.computeIfAbsent(channel.getLinkedid(), id -> new ArrayList<>())
                        .add(channel);
            }
        }
        List<ActiveCall> calls = new ArrayList<>();
        byCall.forEach((linkedid, ofCall) -> ofCall.stream()
                .filter(channel -> AmiEventTranslator.isCallsOwn(channel.getUniqueid(), linkedid))
                .findFirst()
                .ifPresent(own -> calls.add(call(linkedid, own, ofCall, memberNames, listTakenAt))));
        return calls;
    }

    private static ActiveCall call(
            String linkedid,
            CoreShowChannelEvent own,
            List<CoreShowChannelEvent> ofCall,
            Map<String, String> memberNames,
            Instant listTakenAt) {
        Instant entered = listTakenAt.minus(duration(own.getDuration()));
        String queue = ofCall.stream()
                .filter(channel -> "Queue".equalsIgnoreCase(channel.getApplication()))
                .map(channel -> queueOf(channel.getApplicationdata()))
                .filter(name -> !name.isEmpty())
                .findFirst()
                .orElse(null);
        for (CoreShowChannelEvent channel : ofCall) {
            if (channel.getBridgeid() == null || channel.getBridgeid().isBlank() || channel.getChannel() == null) {
                continue;
            }
            for (Map.Entry<String, String> member : memberNames.entrySet()) {
                if (channel.getChannel()
                                .toLowerCase(java.util.Locale.ROOT)
                                .startsWith(member.getKey().toLowerCase(java.util.Locale.ROOT) + "-")
                        && queue != null) {
                    return new ActiveCall(
                            linkedid,
                            AmiEventTranslator.known(own.getCallerIdNum()),
                            entered,
                            queue,
                            AgentPresence.agentName(member.getValue(), member.getKey()),
                            listTakenAt.minus(duration(channel.getDuration())));
                }
            }
        }
        return new ActiveCall(linkedid, AmiEventTranslator.known(own.getCallerIdNum()), entered);
    }

    /** Queue()'s first argument: the queue's name. */
    static String queueOf(String applicationData) {
        return applicationData == null ? "" : applicationData.split(",", 2)[0].strip();
    }

    /** Asterisk's channel duration, HH:MM:SS. */
    static Duration duration(String hhmmss) {
        if (hhmmss == null || !hhmmss.matches("\\d+:\\d{2}:\\d{2}")) {
            return Duration.ZERO;
        }
        String[] parts = hhmmss.split(":");
        return Duration.ofHours(Long.parseLong(parts[0]))
                .plusMinutes(Long.parseLong(parts[1]))
                .plusSeconds(Long.parseLong(parts[2]));
    }
}
