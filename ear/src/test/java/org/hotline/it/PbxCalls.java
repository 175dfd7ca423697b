package org.hotline.it;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The AMI event blocks of synthetic calls to the hotline, for feeding {@link FakeAsterisk#send}. Every block is laid
 * out field by field as Asterisk 22 writes it, the capture {@code answered-queue-call.ami.txt} being the model:
 * {@code Event}, {@code Privilege} and {@code Timestamp} (seconds.microseconds) first, then the channel snapshot
 * (Channel, ChannelState, ChannelStateDesc, CallerIDNum, CallerIDName, ConnectedLineNum, ConnectedLineName, Language,
 * AccountCode, Context, Exten, Priority, Uniqueid, Linkedid), the second channel's as {@code Dest*}, then the event's
 * own fields, CRLF line ends and a blank line after each block. Events the capture lacks (AgentRingNoAnswer,
 * QueueCallerAbandon, BlindTransfer) follow Asterisk 22's documented field lists, in the wire order its
 * {@code app_queue.c} and {@code stasis_bridges.c} use. They are the events the application reads about a call, not
 * all a PBX writes (no Newexten, DialBegin, Bridge* or Cdr): {@link #fromCapture} is there for the full stream.
 *
 * <p>A call is known by its linkedid ({@code 1795700000.10}): the caller's own channel ({@code PJSIP/trunk-0000000a},
 * named after the linkedid's counter) has the linkedid as its uniqueid; an agent's channel is named after the member
 * interface ({@code PJSIP/1001-0000000b}), has the call's linkedid, and a uniqueid made as Asterisk makes them: the
 * second it was created, a dot, the linkedid's counter plus one, two, …. Give the calls of one test linkedids at least
 * ten apart in their counter ({@code ….10}, {@code ….20}) and no uniqueid is ever another call's.
 *
 * <p>Timestamps start at the {@code Instant} given and advance as on the PBX: a few seconds of IVR, the wait in the
 * queue, the talk, with the events of one moment about 0.1 ms apart.
 */
final class PbxCalls {

    /** Where the hotline's number lands (5599@hotline), as in the dialplan of the shared fixtures. */
    static final String CONTEXT = "hotline";

    static final String EXTEN = "5599";
    /** The context of the agents' phones; a blind transfer's target extension is dialled there. */
    static final String AGENT_CONTEXT = "agents";
    /** What the IVR sets {@code HOTLINE_TOPIC} to in the builders' calls. */
    static final String TOPIC = "enquiry";
    /** The channel language of the hotline's calls, and the {@code HOTLINE_LANG} the IVR sets. */
    static final String LANGUAGE = "ar";

    private static final String UNKNOWN = "<unknown>";
    /** Events of one moment are written a fraction of a millisecond apart, as Asterisk does. */
    private static final long STEP_NANOS = 137_000;
    /** How long a member's phone rings before it is answered, at most. */
    private static final int RING_SECONDS = 5;
    /** How long a transferred caller talks to the transfer's target before hanging up. */
    private static final int AFTER_TRANSFER_SECONDS = 20;

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter DATE_TIME_TV =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS", Locale.ROOT);
    /** What fromCapture reads and rewrites in the capture's blocks. */
    private static final String CAPTURED_CALLER = "0123456789";

    private static final Pattern ID_FIELD = Pattern.compile("(?im)^[a-z]*(?:uniqueid|linkedid): (\\d+\\.\\d+)\\r?$");
    private static final Pattern LINKEDID_FIELD = Pattern.compile("(?m)^Linkedid: (\\d+\\.\\d+)\\r?$");
    private static final Pattern ID = Pattern.compile("(?<![\\d.])\\d+\\.\\d+(?![\\d.])");
    private static final Pattern CALLER = Pattern.compile("(?<!\\d)" + CAPTURED_CALLER + "(?!\\d)");
    private static final Pattern CHANNEL_COUNTER =
            Pattern.compile("([A-Za-z][A-Za-z0-9]*/[^\\s,;|<>\"]*?)-([0-9a-f]{8})(?![0-9a-f])");
    private static final Pattern BRIDGE_UUID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern TIMESTAMP = Pattern.compile("^Timestamp: (\\d+)\\.(\\d{6})$");
    private static final Pattern DATE_TIME_FIELD =
            Pattern.compile("^(EventTime|StartTime|AnswerTime|EndTime): (\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d)$");
    private static final Pattern DATE_TIME_TV_FIELD =
            Pattern.compile("^(EventTV|SessionTV): (\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3})(\\+0000)$");
    private static final Pattern MEMBER_FIELD =
            Pattern.compile("^(Interface|StateInterface|Location|MemberName|Name|Device|DialString|Value): (.*)$");

    private PbxCalls() {}

    /**
     * A call answered by an agent: Newchannel (caller's channel, 5599@hotline), VarSet HOTLINE_LANG and HOTLINE_TOPIC
     * (the IVR's choices), QueueCallerJoin, then, {@code waitSeconds} after joining, the agent's channel's Newchannel,
     * AgentCalled and QueueMemberStatus (6, ringing) a ring before the answer, QueueMemberStatus (2, in use),
     * QueueCallerLeave and AgentConnect (HoldTime the wait, RingTime the ring); {@code talkSeconds} later AgentComplete
     * (Reason caller), Hangup of the agent's channel, QueueMemberStatus (1, one call taken) and Hangup of the caller's
     * channel (16, Normal Clearing).
     */
    static List<String> answered(
            String linkedid,
            String caller,
            String queue,
            String agentIface,
            String agentName,
            Instant start,
            int waitSeconds,
            int talkSeconds) {
        Call call = new Call(linkedid, caller, queue, start);
        call.ivr();
        Instant joined = call.join();
        int ring = Math.min(waitSeconds, RING_SECONDS);
        Agent agent = call.ring(agentIface, agentName, joined.plusSeconds(waitSeconds - ring));
        call.connect(agent, joined.plusSeconds(waitSeconds), waitSeconds, ring);
        call.complete(agent, talkSeconds, waitSeconds, "caller");
        call.hangupCaller(16, "Normal Clearing");
        return call.blocks;
    }

    /**
     * A caller who gives up while an agent's phone rings: the IVR and QueueCallerJoin as in {@link #answered}, the
     * agent's Newchannel, AgentCalled and QueueMemberStatus (6) at once; {@code waitSeconds} after joining the agent's
     * channel is hung up (0, as Asterisk leaves the cause of a cancelled ring), QueueMemberStatus (1),
     * QueueCallerAbandon (Position, OriginalPosition, HoldTime), QueueCallerLeave (Asterisk 22 writes the abandon
     * first), then the caller's Hangup.
     */
    static List<String> abandoned(
            String linkedid,
            String caller,
            String queue,
            String agentIface,
            String agentName,
            Instant start,
            int waitSeconds) {
        Call call = new Call(linkedid, caller, queue, start);
        call.ivr();
        Instant joined = call.join();
        Agent agent = call.ring(agentIface, agentName, joined.plusMillis(Math.min(100, waitSeconds * 500L)));
        call.clock(joined.plusSeconds(waitSeconds));
        call.hangupAgent(agent, 0, "Unknown");
        call.memberStatus(agent, 1, false);
        call.event(
                "QueueCallerAbandon",
                "agent,all",
                call.caller.fields("") + "Queue: " + queue + "\r\nPosition: 1\r\nOriginalPosition: 1\r\nHoldTime: "
                        + waitSeconds + "\r\n");
        call.event(
                "QueueCallerLeave",
                "agent,all",
                call.caller.fields("") + "Queue: " + queue + "\r\nPosition: 1\r\nCount: 0\r\n");
        call.hangupCaller(16, "Normal Clearing");
        return call.blocks;
    }

    /**
     * A call the first agent lets ring out and the second answers: after QueueCallerJoin the first agent's AgentCalled
     * and QueueMemberStatus (6), then AgentRingNoAnswer (RingTime in milliseconds, as {@code app_queue.c} writes it),
     * the Hangup of that ring and QueueMemberStatus (1); after the queue's retry pause the second agent's AgentCalled,
     * and the answer, talk and hang-ups as in {@link #answered}. The wait is split 60/15/25 between the first ring, the
     * retry pause and the second ring.
     */
    static List<String> ringNoAnswerThenAnswered(
            String linkedid,
            String caller,
            String queue,
            String firstIface,
            String firstName,
            String secondIface,
            String secondName,
            Instant start,
            int waitSeconds,
            int talkSeconds) {
        Call call = new Call(linkedid, caller, queue, start);
        call.ivr();
        Instant joined = call.join();
        long available = Math.max(waitSeconds * 1000L - 100, 1000);
        long firstRing = available * 60 / 100;
        long retry = available * 15 / 100;
        Instant firstCalled = joined.plusMillis(100);
        Agent first = call.ring(firstIface, firstName, firstCalled);
        call.clock(firstCalled.plusMillis(firstRing));
        call.event(
                "AgentRingNoAnswer",
                "agent,all",
                call.caller.fields("") + first.channel.fields("Dest")
                        + "Queue: " + queue + "\r\nInterface: " + first.iface + "\r\nMemberName: " + first.name
                        + "\r\nRingTime: " + firstRing + "\r\n");
        call.hangupAgent(first, 0, "Unknown");
        call.memberStatus(first, 1, false);
        Instant secondCalled = firstCalled.plusMillis(firstRing + retry);
        Agent second = call.ring(secondIface, secondName, secondCalled);
        Instant connected = joined.plusSeconds(waitSeconds);
        long secondRing = Math.max(0, Duration.between(secondCalled, connected).getSeconds());
        call.connect(second, connected, waitSeconds, (int) secondRing);
        call.complete(second, talkSeconds, waitSeconds, "caller");
        call.hangupCaller(16, "Normal Clearing");
        return call.blocks;
    }

    /**
     * A call the agent answers and then blind-transfers to {@code targetExten}@agents: as {@link #answered} up to the
     * talk, then BlindTransfer (Result Success, the agent's channel as Transferer*, the caller's as Transferee*, the
     * bridge, IsExternal No, Context, Extension), AgentComplete (Reason transfer), the Hangup of the agent's channel
     * and QueueMemberStatus (1); the caller talks on at the target and hangs up 20 s later.
     */
    static List<String> blindTransfer(
            String linkedid,
            String caller,
            String queue,
            String agentIface,
            String agentName,
            String targetExten,
            Instant start,
            int waitSeconds,
            int talkSeconds) {
        Call call = new Call(linkedid, caller, queue, start);
        call.ivr();
        Instant joined = call.join();
        int ring = Math.min(waitSeconds, RING_SECONDS);
        Agent agent = call.ring(agentIface, agentName, joined.plusSeconds(waitSeconds - ring));
        Instant connected = joined.plusSeconds(waitSeconds);
        call.connect(agent, connected, waitSeconds, ring);
        call.clock(connected.plusSeconds(talkSeconds));
        String bridge = UUID.nameUUIDFromBytes(("bridge " + linkedid).getBytes(StandardCharsets.UTF_8))
                .toString();
        call.event(
                "BlindTransfer",
                "call,all",
                "Result: Success\r\n" + agent.channel.fields("Transferer")
                        + call.caller.fields("Transferee") + "BridgeUniqueid: " + bridge + "\r\nBridgeType: basic\r\n"
                        + "BridgeTechnology: simple_bridge\r\nBridgeCreator: <unknown>\r\nBridgeName: <unknown>\r\n"
                        + "BridgeNumChannels: 2\r\nBridgeVideoSourceMode: none\r\nIsExternal: No\r\nContext: "
                        + AGENT_CONTEXT
                        + "\r\nExtension: " + targetExten + "\r\n");
        call.complete(agent, talkSeconds, waitSeconds, "transfer");
        call.caller.context = AGENT_CONTEXT;
        call.caller.exten = targetExten;
        call.caller.priority = 1;
        call.clock(call.clock.plusSeconds(AFTER_TRANSFER_SECONDS));
        call.hangupCaller(16, "Normal Clearing");
        return call.blocks;
    }

    /**
     * A call outside opening hours: Newchannel, VarSet HOTLINE_AFTER_HOURS=1 and HOTLINE_CALLBACK=requested (the
     * caller asked to be called back), Hangup; it never reaches a queue.
     */
    static List<String> afterHours(String linkedid, String caller, Instant start) {
        Call call = new Call(linkedid, caller, null, start);
        call.newChannel();
        call.clock(start.plusSeconds(3));
        call.variable("HOTLINE_AFTER_HOURS", "1");
        call.clock(start.plusSeconds(8));
        call.variable("HOTLINE_CALLBACK", "requested");
        call.clock(start.plusSeconds(10));
        call.hangupCaller(16, "Normal Clearing");
        return call.blocks;
    }

    /**
     * What Asterisk sends when the IVR's SET VARIABLE sets a variable on the caller's channel of a call that is up in
     * the IVR (AGIExecStart, VarSet, AGIExecEnd), as one text of three blocks.
     */
    static String variableSet(String linkedid, String caller, String name, String value, Instant at) {
        Call call = new Call(linkedid, caller, null, at);
        call.caller.state = 6;
        call.variable(name, value);
        return String.join("", call.blocks);
    }

    /**
     * What Asterisk sends when the dialplan's MixMonitor starts recording the call (before the IVR, as
     * {@code docs/asterisk/extensions.conf} does): VarSet of MIXMONITOR_FILENAME with the file's name as the PBX gives
     * it (its absolute path, e.g. {@code /var/spool/asterisk/monitor/hotline/20261206/….wav}), then MixMonitorStart, on
     * the caller's channel, as in the captures; as one text of two blocks.
     */
    static String recordingStarted(String linkedid, String caller, String file, Instant at) {
        Call call = new Call(linkedid, caller, null, at);
        call.caller.state = 6;
        call.caller.priority = 4;
        call.event(
                "VarSet",
                "dialplan,all",
                call.caller.fields("") + "Variable: MIXMONITOR_FILENAME\r\nValue: " + file + "\r\n");
        call.event("MixMonitorStart", "call,all", call.caller.fields(""));
        return String.join("", call.blocks);
    }

    /**
     * A queue member event as app_queue.c sends it (QueueMemberAdded, QueueMemberPause, QueueMemberRemoved): its member
     * blob in its order, at the moment given. A dynamic member, not in use; {@code reason} is the PausedReason.
     */
    static String member(
            String event, String queue, String iface, String memberName, boolean paused, String reason, Instant at) {
        return member(event, queue, iface, memberName, paused, reason, 0, at);
    }

    /** The same, for a member with its own wrapuptime (queues.conf's {@code member => …,wrapuptime}). */
    static String member(
            String event,
            String queue,
            String iface,
            String memberName,
            boolean paused,
            String reason,
            int wrapuptime,
            Instant at) {
        return "Event: " + event + "\r\nPrivilege: agent,all\r\nTimestamp: " + timestamp(at) + "\r\nQueue: " + queue
                + "\r\nMemberName: " + memberName + "\r\nInterface: " + iface + "\r\nStateInterface: " + iface
                + "\r\nMembership: dynamic\r\nPenalty: 0\r\nCallsTaken: 0\r\nLastCall: 0\r\nLastPause: "
                + (paused ? at.getEpochSecond() : 0) + "\r\nLoginTime: " + at.getEpochSecond() + "\r\nInCall: 0"
                + "\r\nStatus: 1\r\nPaused: " + (paused ? 1 : 0) + "\r\nPausedReason: " + (reason == null ? "" : reason)
                + "\r\nRinginuse: 0\r\nWrapuptime: " + wrapuptime + "\r\n\r\n";
    }

    /** A caller who hangs up in the IVR after choosing a language: Newchannel, VarSet HOTLINE_LANG=ar, Hangup. */
    static List<String> ivrOnly(String linkedid, String caller, Instant start) {
        Call call = new Call(linkedid, caller, null, start);
        call.newChannel();
        call.clock(start.plusSeconds(2));
        call.variable("HOTLINE_LANG", LANGUAGE);
        call.clock(start.plusSeconds(9));
        call.hangupCaller(16, "Normal Clearing");
        return call.blocks;
    }

    /**
     * Several calls' blocks merged into one stream, each call's own order kept, the calls interleaved at random (every
     * interleaving equally likely, the same one for the same seed): the order concurrent calls reach a listener in,
     * less the PBX's clock, so a consumer that relies on the order of events across calls shows up.
     */
    static List<String> interleaved(List<List<String>> calls, long seed) {
        Random random = new Random(seed);
        int[] next = new int[calls.size()];
        int remaining = calls.stream().mapToInt(List::size).sum();
        List<String> merged = new ArrayList<>(remaining);
        while (remaining > 0) {
            int pick = random.nextInt(remaining);
            for (int i = 0; i < calls.size(); i++) {
                int left = calls.get(i).size() - next[i];
                if (pick < left) {
                    merged.add(calls.get(i).get(next[i]++));
                    break;
                }
                pick -= left;
            }
            remaining--;
        }
        return merged;
    }

    /**
     * A fresh copy of the real captured call, so a benchmark can replay hundreds of distinct calls that are each the
     * PBX's own bytes. In every block: each uniqueid and linkedid (the capture's linkedid {@code 1795666179.0} and the
     * ids derived from it, {@code 1795666179.1}, {@code 1795666180.2} …) is rewritten relative to
     * {@code newLinkedidBase}, which becomes the linkedid ({@code 1795666180.2} becomes base's seconds + 1 . base's
     * counter + 2, so bases must be at least ten apart in their counter); the caller number {@code 0123456789} becomes
     * {@code newCaller}; the {@code Timestamp} lines are shifted so that the earliest is {@code start}. Two more things
     * change so that copies can be live at once as on a real PBX, where no two calls share them: the counter in the
     * channel names ({@code Local/5599@hotline-00000000;1}) moves by the base's counter, and the bridge's uuid is
     * replaced; the calendar times (CEL EventTime, Cdr Start/Answer/EndTime, EventTV) move with the timestamps.
     * Everything else is byte-identical. Blocks without a call in them (FullyBooted, SuccessfulAuth) are kept; drop
     * them first if a copy should hold the call alone.
     */
    static List<String> fromCapture(
            List<String> captureEvents, String newLinkedidBase, String newCaller, Instant start) {
        return fromCapture(captureEvents, newLinkedidBase, newCaller, start, Map.of());
    }

    /**
     * As {@link #fromCapture(List, String, String, Instant)}, and the capture's two queue members become the agents
     * given: {@code Local/agent1@agents}/{@code Agent One} (who answers) becomes {@code firstIface}/{@code firstName},
     * {@code Local/agent2@agents}/{@code Agent Two} (rung too, ring-all) becomes {@code secondIface}/
     * {@code secondName}.
     * This changes where the capture names the member (Interface, StateInterface, Location, MemberName, Name, the
     * DeviceStateChange's Device, the DialBegin's DialString, the MEMBERINTERFACE/MEMBERNAME variables), not the
     * channels' names, which stay the Local channels the capture has:
     * what the benchmark needs is AgentCalled and AgentConnect naming the agent it chose.
     */
    static List<String> fromCapture(
            List<String> captureEvents,
            String newLinkedidBase,
            String newCaller,
            Instant start,
            String firstIface,
            String firstName,
            String secondIface,
            String secondName) {
        return fromCapture(
                captureEvents,
                newLinkedidBase,
                newCaller,
                start,
                Map.of(
                        "Local/agent1@agents",
                        firstIface,
                        "Agent One",
                        firstName,
                        "Local/agent2@agents",
                        secondIface,
                        "Agent Two",
                        secondName));
    }

    private static List<String> fromCapture(
            List<String> captureEvents,
            String newLinkedidBase,
            String newCaller,
            Instant start,
            Map<String, String> members) {
        String captured = null;
        Instant earliest = null;
        Map<String, String> ids = new HashMap<>();
        List<String[]> found = new ArrayList<>();
        for (String block : captureEvents) {
            Matcher linked = LINKEDID_FIELD.matcher(block);
            if (captured == null && linked.find()) {
                captured = linked.group(1);
            }
            Matcher id = ID_FIELD.matcher(block);
            while (id.find()) {
                found.add(id.group(1).split("\\."));
            }
            for (String line : block.split("\r\n")) {
                Matcher time = TIMESTAMP.matcher(line);
                if (line.startsWith("Timestamp: ") && time.matches()) {
                    Instant at = instant(time.group(1), time.group(2));
                    earliest = earliest == null || at.isBefore(earliest) ? at : earliest;
                }
            }
        }
        if (captured == null || earliest == null) {
            throw new IllegalArgumentException("no call (Linkedid and Timestamp) in the capture given");
        }
        long capturedSeconds = Long.parseLong(captured.substring(0, captured.indexOf('.')));
        long capturedCounter = counter(captured);
        long baseSeconds = Long.parseLong(newLinkedidBase.substring(0, newLinkedidBase.indexOf('.')));
        long baseCounter = counter(newLinkedidBase);
        for (String[] id : found) {
            ids.put(
                    id[0] + "." + id[1],
                    (baseSeconds + Long.parseLong(id[0]) - capturedSeconds) + "."
                            + (baseCounter + Long.parseLong(id[1]) - capturedCounter));
        }
        Duration shift = Duration.between(earliest, start);
        List<String> copies = new ArrayList<>(captureEvents.size());
        for (String block : captureEvents) {
            copies.add(copy(block, ids, newCaller, shift, baseCounter, newLinkedidBase, members));
        }
        return copies;
    }

    private static String copy(
            String block,
            Map<String, String> ids,
            String newCaller,
            Duration shift,
            long baseCounter,
            String newLinkedid,
            Map<String, String> members) {
        StringBuilder copy = new StringBuilder(block.length() + 64);
        String[] lines = block.split("\r\n", -1);
        String variable = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher time = line.startsWith("Timestamp: ") ? TIMESTAMP.matcher(line) : null;
            Matcher dateTime = line.contains("Time: ") ? DATE_TIME_FIELD.matcher(line) : null;
            Matcher dateTimeTv = line.contains("TV: ") ? DATE_TIME_TV_FIELD.matcher(line) : null;
            if (time != null && time.matches()) {
                line = "Timestamp: "
                        + timestamp(instant(time.group(1), time.group(2)).plus(shift));
            } else if (dateTime != null && dateTime.matches()) {
                LocalDateTime at =
                        LocalDateTime.parse(dateTime.group(2), DATE_TIME).plus(shift);
                line = dateTime.group(1) + ": " + DATE_TIME.format(at);
            } else if (dateTimeTv != null && dateTimeTv.matches()) {
                LocalDateTime at =
                        LocalDateTime.parse(dateTimeTv.group(2), DATE_TIME_TV).plus(shift);
                line = dateTimeTv.group(1) + ": " + DATE_TIME_TV.format(at) + dateTimeTv.group(3);
            } else {
                // the cheap tests first: most lines hold none of these, and a benchmark copies hundreds of calls
                if (line.indexOf('.') >= 0) {
                    line = replaceIds(line, ids);
                }
                if (line.contains(CAPTURED_CALLER)) {
                    line = CALLER.matcher(line).replaceAll(Matcher.quoteReplacement(newCaller));
                }
                if (line.indexOf('/') >= 0) {
                    line = replaceCounters(line, baseCounter);
                }
                if (line.startsWith("Bridge") || line.contains("bridge_id")) {
                    line = replaceBridges(line, newLinkedid);
                }
                if (!members.isEmpty()) {
                    Matcher member = MEMBER_FIELD.matcher(line);
                    if (member.matches()
                            && members.containsKey(member.group(2))
                            && (!"Value".equals(member.group(1))
                                    || "MEMBERINTERFACE".equals(variable)
                                    || "MEMBERNAME".equals(variable))) {
                        line = member.group(1) + ": " + members.get(member.group(2));
                    }
                }
                if (line.startsWith("Variable: ")) {
                    variable = line.substring("Variable: ".length());
                }
            }
            copy.append(line);
            if (i < lines.length - 1) {
                copy.append("\r\n");
            }
        }
        return copy.toString();
    }

    private static String replaceIds(String line, Map<String, String> ids) {
        Matcher id = ID.matcher(line);
        StringBuilder out = new StringBuilder();
        while (id.find()) {
            id.appendReplacement(out, Matcher.quoteReplacement(ids.getOrDefault(id.group(), id.group())));
        }
        id.appendTail(out);
        return out.toString();
    }

    private static String replaceCounters(String line, long baseCounter) {
        Matcher channel = CHANNEL_COUNTER.matcher(line);
        StringBuilder out = new StringBuilder();
        while (channel.find()) {
            long moved = Long.parseLong(channel.group(2), 16) + baseCounter;
            channel.appendReplacement(
                    out, Matcher.quoteReplacement(channel.group(1) + "-" + String.format(Locale.ROOT, "%08x", moved)));
        }
        channel.appendTail(out);
        return out.toString();
    }

    private static String replaceBridges(String line, String newLinkedid) {
        Matcher bridge = BRIDGE_UUID.matcher(line);
        StringBuilder out = new StringBuilder();
        while (bridge.find()) {
            String fresh = UUID.nameUUIDFromBytes((bridge.group() + " " + newLinkedid).getBytes(StandardCharsets.UTF_8))
                    .toString();
            bridge.appendReplacement(out, fresh);
        }
        bridge.appendTail(out);
        return out.toString();
    }

    /** An event's Timestamp as Asterisk writes it: epoch seconds, a dot, six digits of microseconds. */
    static String timestamp(Instant at) {
        return at.getEpochSecond() + "." + String.format(Locale.ROOT, "%06d", at.getNano() / 1000);
    }

    /**
     * The caller's own channel of the call with this linkedid: a trunk channel named, as Asterisk names channels,
     * after the counter the linkedid ends in ({@code 1795700000.10} is {@code PJSIP/trunk-0000000a}).
     */
    static String callerChannel(String linkedid) {
        return "PJSIP/trunk-" + String.format(Locale.ROOT, "%08x", counter(linkedid));
    }

    private static long counter(String uniqueid) {
        try {
            return Long.parseLong(uniqueid.substring(uniqueid.lastIndexOf('.') + 1));
        } catch (NumberFormatException notAsteriskLike) {
            return Math.abs((long) uniqueid.hashCode()) % 0x10000000L;
        }
    }

    private static Instant instant(String seconds, String micros) {
        return Instant.ofEpochSecond(Long.parseLong(seconds), Long.parseLong(micros) * 1000);
    }

    private static String stateDescription(int state) {
        switch (state) {
            case 0:
                return "Down";
            case 4:
                return "Ring";
            case 5:
                return "Ringing";
            case 6:
                return "Up";
            default:
                return "Unknown";
        }
    }

    /** A channel's snapshot, as Asterisk prints it in every channel event; mutable as the call moves on. */
    private static final class Channel {
        final String name;
        final String uniqueid;
        final String linkedid;
        String callerNum;
        String callerName = UNKNOWN;
        String connectedNum = UNKNOWN;
        String connectedName = UNKNOWN;
        int state;
        String context;
        String exten;
        int priority = 1;

        Channel(
                String name,
                String uniqueid,
                String linkedid,
                String callerNum,
                int state,
                String context,
                String exten) {
            this.name = name;
            this.uniqueid = uniqueid;
            this.linkedid = linkedid;
            this.callerNum = callerNum;
            this.state = state;
            this.context = context;
            this.exten = exten;
        }

        /** The snapshot's fields, each name prefixed ("Dest", "Transferer", …) as in the events with two channels. */
        String fields(String prefix) {
            return prefix + "Channel: " + name + "\r\n" + prefix + "ChannelState: " + state + "\r\n" + prefix
                    + "ChannelStateDesc: " + stateDescription(state) + "\r\n" + prefix + "CallerIDNum: " + callerNum
                    + "\r\n" + prefix + "CallerIDName: " + callerName + "\r\n" + prefix + "ConnectedLineNum: "
                    + connectedNum + "\r\n" + prefix + "ConnectedLineName: " + connectedName + "\r\n" + prefix
                    + "Language: " + LANGUAGE + "\r\n" + prefix + "AccountCode: \r\n" + prefix + "Context: " + context
                    + "\r\n" + prefix + "Exten: " + exten + "\r\n" + prefix + "Priority: " + priority + "\r\n" + prefix
                    + "Uniqueid: " + uniqueid + "\r\n" + prefix + "Linkedid: " + linkedid + "\r\n";
        }
    }

    /** A queue member rung for the call, with the counters its QueueMemberStatus events carry. */
    private static final class Agent {
        final String iface;
        final String name;
        final Channel channel;
        int callsTaken;
        long lastCall;

        Agent(String iface, String name, Channel channel) {
            this.iface = iface;
            this.name = name;
            this.channel = channel;
        }
    }

    /** One call being written: its clock, its caller's channel, the blocks so far. */
    private static final class Call {
        final List<String> blocks = new ArrayList<>();
        final String linkedid;
        final String queue;
        final Channel caller;
        final long loginTime;
        final Instant start;
        Instant clock;
        Instant connected;
        int channels;

        Call(String linkedid, String callerNum, String queue, Instant start) {
            this.linkedid = linkedid;
            this.queue = queue;
            this.caller = new Channel(callerChannel(linkedid), linkedid, linkedid, callerNum, 4, CONTEXT, EXTEN);
            this.loginTime = start.getEpochSecond() - 3600;
            this.start = start;
            this.clock = start;
        }

        void clock(Instant at) {
            if (at.isAfter(clock)) {
                clock = at;
            }
        }

        void event(String name, String privilege, String body) {
            blocks.add("Event: " + name + "\r\nPrivilege: " + privilege + "\r\nTimestamp: " + timestamp(clock) + "\r\n"
                    + body + "\r\n");
            clock = clock.plusNanos(STEP_NANOS);
        }

        void newChannel() {
            event("Newchannel", "call,all", caller.fields(""));
            caller.state = 6; // Answer() is the dialplan's first step
            caller.priority = 2;
        }

        /**
         * The IVR sets a variable through AGI, as Asterisk reports it: AGIExecStart of the SET VARIABLE command, the
         * VarSet it causes, AGIExecEnd.
         */
        void variable(String name, String value) {
            String commandId = Integer.toString(Math.floorMod((linkedid + name + value).hashCode(), 2_000_000_000));
            event(
                    "AGIExecStart",
                    "agi,all",
                    caller.fields("") + "CommandId: " + commandId + "\r\nCommand: SET VARIABLE \"" + name + "\" \""
                            + value + "\"\r\n");
            event("VarSet", "dialplan,all", caller.fields("") + "Variable: " + name + "\r\nValue: " + value + "\r\n");
            event(
                    "AGIExecEnd",
                    "agi,all",
                    caller.fields("") + "CommandId: " + commandId
                            + "\r\nCommand: SET VARIABLE \"" + name + "\" \"" + value + "\"\r\nResultCode: 200"
                            + "\r\nResult: Success\r\n");
        }

        /** The IVR: a language, then a topic, chosen over a few seconds. */
        void ivr() {
            Instant answered = clock;
            newChannel();
            clock(answered.plusSeconds(2));
            variable("HOTLINE_LANG", LANGUAGE);
            clock(answered.plusSeconds(5));
            variable("HOTLINE_TOPIC", TOPIC);
            clock(answered.plusSeconds(6));
        }

        Instant join() {
            caller.priority = 3;
            Instant joined = clock;
            event(
                    "QueueCallerJoin",
                    "agent,all",
                    caller.fields("") + "Queue: " + queue + "\r\nPosition: 1\r\nCount: 1\r\n");
            return joined;
        }

        /** The member's channel is created and rung: Newchannel, AgentCalled, QueueMemberStatus (ringing). */
        Agent ring(String iface, String name, Instant at) {
            clock(at);
            channels++;
            // Asterisk's uniqueid: the second the channel was made, a dot, its counter
            String uniqueid = (Long.parseLong(linkedid.substring(0, linkedid.indexOf('.')))
                            + Duration.between(start, clock).getSeconds())
                    + "." + (counter(linkedid) + channels);
            String channelName = iface + "-" + String.format(Locale.ROOT, "%08x", counter(uniqueid))
                    + (iface.startsWith("Local/") ? ";1" : "");
            Channel channel = new Channel(channelName, uniqueid, linkedid, UNKNOWN, 0, AGENT_CONTEXT, "s");
            event("Newchannel", "call,all", channel.fields(""));
            // app_queue gives the member's channel the caller's number and the queue's extension before dialling
            channel.callerNum = caller.callerNum;
            channel.callerName = caller.callerName;
            channel.connectedNum = caller.callerNum;
            channel.connectedName = caller.callerName;
            channel.exten = caller.exten;
            Agent agent = new Agent(iface, name, channel);
            event(
                    "AgentCalled",
                    "agent,all",
                    caller.fields("") + channel.fields("Dest") + "Queue: " + queue + "\r\nInterface: " + iface
                            + "\r\nMemberName: " + name + "\r\n");
            memberStatus(agent, 6, false);
            channel.state = 5;
            return agent;
        }

        /** The member answers: QueueMemberStatus (in use), QueueCallerLeave, AgentConnect, in Asterisk 22's order. */
        void connect(Agent agent, Instant at, int holdSeconds, int ringSeconds) {
            clock(at);
            connected = clock;
            agent.channel.state = 6;
            memberStatus(agent, 2, true);
            event(
                    "QueueCallerLeave",
                    "agent,all",
                    caller.fields("") + "Queue: " + queue + "\r\nPosition: 1\r\nCount: 0\r\n");
            event(
                    "AgentConnect",
                    "agent,all",
                    caller.fields("") + agent.channel.fields("Dest") + "Queue: " + queue
                            + "\r\nInterface: " + agent.iface + "\r\nMemberName: " + agent.name + "\r\nHoldTime: "
                            + holdSeconds + "\r\nRingTime: " + ringSeconds + "\r\n");
            caller.connectedNum = extension(agent.iface);
            caller.connectedName = agent.name;
        }

        /** The talk ends: AgentComplete, the member's channel hangs up, the member is free again. */
        void complete(Agent agent, int talkSeconds, int holdSeconds, String reason) {
            clock(connected.plusSeconds(talkSeconds));
            Instant end = clock;
            event(
                    "AgentComplete",
                    "agent,all",
                    caller.fields("") + agent.channel.fields("Dest") + "Queue: " + queue
                            + "\r\nInterface: " + agent.iface + "\r\nMemberName: " + agent.name + "\r\nHoldTime: "
                            + holdSeconds + "\r\nTalkTime: " + talkSeconds + "\r\nReason: " + reason + "\r\n");
            hangupAgent(agent, 16, "Normal Clearing");
            agent.callsTaken++;
            agent.lastCall = end.getEpochSecond();
            memberStatus(agent, 1, false);
        }

        void hangupAgent(Agent agent, int cause, String causeText) {
            event(
                    "Hangup",
                    "call,all",
                    agent.channel.fields("") + "Cause: " + cause + "\r\nCause-txt: " + causeText + "\r\n");
        }

        void hangupCaller(int cause, String causeText) {
            event("Hangup", "call,all", caller.fields("") + "Cause: " + cause + "\r\nCause-txt: " + causeText + "\r\n");
        }

        /** QueueMemberStatus with the member fields Asterisk 22 publishes (the capture's layout). */
        void memberStatus(Agent agent, int status, boolean inCall) {
            event(
                    "QueueMemberStatus",
                    "agent,all",
                    "Queue: " + queue + "\r\nMemberName: " + agent.name
                            + "\r\nInterface: " + agent.iface + "\r\nStateInterface: " + agent.iface
                            + "\r\nMembership: dynamic\r\nPenalty: 0\r\nCallsTaken: " + agent.callsTaken
                            + "\r\nLastCall: "
                            + agent.lastCall + "\r\nLastPause: 0\r\nLoginTime: " + loginTime + "\r\nInCall: "
                            + (inCall ? 1 : 0) + "\r\nStatus: " + status + "\r\nPaused: 0\r\nPausedReason: \r\n"
                            + "Ringinuse: 0\r\nWrapuptime: 0\r\n");
        }
    }

    /** The number a member's phone shows as connected line: its interface's resource ({@code PJSIP/1001} is 1001). */
    private static String extension(String iface) {
        String resource = iface.substring(iface.indexOf('/') + 1);
        int at = resource.indexOf('@');
        return at < 0 ? resource : resource.substring(0, at);
    }

    /** Where the first block of the call beginning with {@code start} stands (an event's name line, say). */
    static int indexOf(List<String> blocks, String start) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError("no " + start + " in the call");
    }
}
