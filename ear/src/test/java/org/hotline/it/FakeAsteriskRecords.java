package org.hotline.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fake PBX's own records, written into the hotline's database as Asterisk writes them there: the realtime
 * queue_log (one row per queue_log line: time in UTC with {@code queue_log_realtime_use_gmt}, callid, queuename, agent,
 * event, data1..data5) and cdr_adaptive_odbc's CDRs (calldate in UTC with {@code usegmtime}). The captures' notes quote
 * Asterisk's queue_log lines and the CDR of each call; they are written here verbatim.
 */
final class FakeAsteriskRecords {

    private FakeAsteriskRecords() {}

    /** Writes one queue_log line as the file holds it: {@code epoch|callid|queue|agent|event|data1|…|data5}. */
    static void queueLog(String line) throws Exception {
        String[] fields = Arrays.copyOf(line.split("\\|", -1), 10);
        SystemUnderTest.execute(
                "insert into queue_log (time, callid, queuename, agent, event, data1, data2, data3,"
                        + " data4, data5) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                utc(Instant.ofEpochSecond(Long.parseLong(fields[0]))),
                fields[1],
                fields[2],
                fields[3],
                fields[4],
                orEmpty(fields[5]),
                orEmpty(fields[6]),
                orEmpty(fields[7]),
                orEmpty(fields[8]),
                orEmpty(fields[9]));
    }

    /** Writes a channel's CDR as cdr_adaptive_odbc does when the channel ends. */
    static void cdr(
            Instant start,
            String src,
            String channel,
            String uniqueid,
            String linkedid,
            int duration,
            int billsec,
            String disposition,
            String lastapp)
            throws Exception {
        SystemUnderTest.execute(
                "insert into cdr (calldate, clid, src, dst, dcontext, channel, lastapp, duration,"
                        + " billsec, disposition, amaflags, uniqueid, linkedid, sequence) values (?, ?, ?, '5599', 'hotline',"
                        + " ?, ?, ?, ?, ?, 3, ?, ?, 0)",
                utc(start),
                "\"" + src + "\" <" + src + ">",
                src,
                channel,
                lastapp,
                duration,
                billsec,
                disposition,
                uniqueid,
                linkedid);
    }

    /**
     * Writes what the real PBX wrote for a captured call: its queue_log lines verbatim but for their times, and the
     * CDR of its queue caller's channel (the {@code ;2} half), dated by that channel's Newchannel in the capture; all
     * moved as the replayed events were ({@link FakeAsterisk#replayShift}).
     */
    static void ofCapture(String capture, String callid) throws Exception {
        String notes = resource(capture + ".md");
        String events = resource(capture + ".ami.txt");
        long shift = FakeAsterisk.replayShift(capture); // the times the replayed events were sent with
        int call = notes.indexOf("queue_log callid / ;2 uniqueid `" + callid + "`");
        if (call < 0) {
            throw new AssertionError("no call " + callid + " in the notes of " + capture);
        }
        String ofCall = notes.substring(notes.lastIndexOf('\n', call) + 1);
        int next = ofCall.indexOf("\n### ", 1);
        ofCall = next < 0 ? ofCall : ofCall.substring(0, next);
        Matcher cdr = Pattern.compile("CDR of the ;2 leg: disposition `([^`]+)`, duration (\\d+), billsec (\\d+),"
                        + " lastapp `([^`]+)`")
                .matcher(ofCall);
        Matcher linkedid = Pattern.compile("linkedid `([^`]+)`").matcher(ofCall);
        Matcher caller = Pattern.compile("### Caller (\\S+)").matcher(notes.substring(0, call));
        String number = null;
        while (caller.find()) {
            number = caller.group(1);
        }
        if (!cdr.find() || !linkedid.find()) {
            throw new AssertionError("no CDR or linkedid for " + callid + " in the notes of " + capture);
        }
        int block = ofCall.indexOf("```\n");
        if (block >= 0) {
            String lines = ofCall.substring(block + 4, ofCall.indexOf("```", block + 4));
            for (String line : lines.strip().split("\n")) {
                if (!line.isBlank()) {
                    String[] fields = line.strip().split("\\|", 2);
                    queueLog((Long.parseLong(fields[0]) + shift) + "|" + fields[1]);
                }
            }
        }
        Matcher channelMade = Pattern.compile("Event: Newchannel\nPrivilege: [^\n]*\nTimestamp: ([0-9.]+)\nChannel: ("
                        + "[^\n]+)\n(?:(?!--- )[^\n]+\n)*?Uniqueid: " + Pattern.quote(callid) + "\n")
                .matcher(events);
        if (!channelMade.find()) {
            throw new AssertionError("no Newchannel of " + callid + " in " + capture);
        }
        double seconds = Double.parseDouble(channelMade.group(1)) + shift;
        cdr(
                Instant.ofEpochSecond((long) seconds, (long) ((seconds % 1) * 1e9)),
                number,
                channelMade.group(2),
                callid,
                linkedid.group(1),
                Integer.parseInt(cdr.group(2)),
                Integer.parseInt(cdr.group(3)),
                cdr.group(1),
                cdr.group(4));
    }

    private static String resource(String name) throws IOException {
        try (var in = FakeAsteriskRecords.class.getResourceAsStream("/asterisk22/" + name)) {
            if (in == null) {
                throw new IOException("no " + name + " among the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static LocalDateTime utc(Instant moment) {
        return LocalDateTime.ofInstant(moment, ZoneOffset.UTC);
    }

    private static String orEmpty(String field) {
        return field == null ? "" : field;
    }

    /** Every call of a capture: the queue_log callids its notes name. */
    static List<String> callids(String capture) throws IOException {
        List<String> callids = new ArrayList<>();
        Matcher callid =
                Pattern.compile("queue_log callid / ;2 uniqueid `([^`]+)`").matcher(resource(capture + ".md"));
        while (callid.find()) {
            callids.add(callid.group(1));
        }
        return callids;
    }
}
