package org.hotline.it;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The link to the PBX cut again and again during a sustained burst of calls: no call may be lost or counted twice.
 * Run by scripts/bench-ami-drops.sh against a provisioned server, its MariaDB and the fake PBX (not by the test suite:
 * it takes minutes and measures).
 *
 * <p>Each run sends {@value #CALLS} answered calls (about 30 AMI events each) that begin over {@value #BURST_SECONDS} s
 * and talk 20 to 59 s, so that a few hundred are in progress at once, each event at the time it carries, as the PBX
 * sends them (about two minutes in all), and meanwhile drops every AMI connection {@value #DROPS} times, evenly spaced
 * over the events, waiting each time for the application to log in again. The fake PBX behaves as Asterisk does:
 * events sent while a session is down are lost to it; CoreShowChannels lists the calls in progress (an answered one
 * with its member's channel in the bridge, as old as the answer); each call writes its CDR and queue_log lines when it
 * ends. The run then waits until the call log holds every call complete (ended, answered by its agent, its talk
 * time), and fails unless it holds exactly {@value #CALLS} calls with one queue visit each and no callback task. The
 * baseline is the same stream sent without drops; the figures are the time from the first event until every call is
 * complete, and their ratio.
 */
public final class AmiDropBenchmark {

    static final int CALLS = 500;
    static final int DROPS = 100;
    static final int BURST_SECONDS = 60;
    private static final Duration PATIENCE = Duration.ofMinutes(2);
    private static final String QUEUE = "enquiries";

    private AmiDropBenchmark() {}

    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(args[0]);
        FakeAsterisk pbx = TestPbx.get();
        for (int agent = 0; agent < 10; agent++) {
            pbx.member(QUEUE, "PJSIP/77" + String.format(Locale.ROOT, "%02d", agent), "Drop Agent " + agent);
        }
        for (int run = 0; run <= runs; run++) {
            Result baseline = burst(pbx, run, 2 * run, 0);
            Result dropped = burst(pbx, run, 2 * run + 1, DROPS);
            if (run == 0) {
                System.out.println("warm-up run: not counted");
                continue;
            }
            System.out.printf(
                    Locale.ROOT,
                    "== run %d: %d calls beginning over %d s, %d AMI events%n",
                    run,
                    CALLS,
                    BURST_SECONDS,
                    dropped.events());
            System.out.printf(
                    Locale.ROOT,
                    "baseline no drops: every call complete after %.1f s (%d/%d calls)%n",
                    baseline.seconds(),
                    baseline.complete(),
                    CALLS);
            System.out.printf(
                    Locale.ROOT,
                    "drops    %d drops: every call complete after %.1f s (%d/%d calls),"
                            + " reconnect p50 %d ms max %d ms, %d events lost to the application%n",
                    dropped.drops(),
                    dropped.seconds(),
                    dropped.complete(),
                    CALLS,
                    dropped.reconnectP50(),
                    dropped.reconnectMax(),
                    dropped.lost());
            System.out.printf(
                    Locale.ROOT, "ratio    drops/baseline time = %.3f%n", dropped.seconds() / baseline.seconds());
        }
        System.exit(0); // the fake PBX's threads are daemons; the JVM's others are not
    }

    /** One event as the PBX sends it: when, its bytes, and the call it is of. */
    private record Sent(Instant at, String block, String linkedid) {}

    private static Instant max(Instant one, Instant other) {
        return one.isAfter(other) ? one : other;
    }

    /** One run's figures. */
    private record Result(
            int events, double seconds, int complete, int drops, long reconnectP50, long reconnectMax, int lost) {}

    private static Result burst(FakeAsterisk pbx, int run, int series, int drops) throws Exception {
        Instant start = Instant.now();
        long seconds = start.getEpochSecond() % 100_000_000 + 1_600_000_000L + series * 1000L;
        List<List<String>> calls = new ArrayList<>();
        List<String> linkedids = new ArrayList<>();
        Map<String, Integer> talk = new HashMap<>();
        Map<String, Instant> began = new HashMap<>();
        for (int i = 0; i < CALLS; i++) {
            String linkedid = seconds + "." + (i * 10);
            int agent = i % 10;
            linkedids.add(linkedid);
            talk.put(linkedid, 20 + i % 40);
            began.put(linkedid, start.plusMillis(i * (BURST_SECONDS * 1000L / CALLS)));
            calls.add(PbxCalls.answered(
                    linkedid,
                    String.format(Locale.ROOT, "0771%07d", series * 1000 + i),
                    QUEUE,
                    "PJSIP/77" + String.format(Locale.ROOT, "%02d", agent),
                    "Drop Agent " + agent,
                    began.get(linkedid),
                    3,
                    talk.get(linkedid)));
        }
        // The PBX sends each event when it happens: the calls' events in the order of their timestamps, each at its
        // time (so a member channel's age in the channel list agrees with the events, as on Asterisk).
        List<Sent> stream = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            Instant previous = start;
            for (String block : calls.get(i)) {
                String timestamp = field(block, "Timestamp");
                Instant at = timestamp.isEmpty()
                        ? previous
                        : max(previous, Instant.ofEpochSecond(0, Math.round(Double.parseDouble(timestamp) * 1e9)));
                stream.add(new Sent(at, block, linkedids.get(i)));
                previous = at;
            }
        }
        stream.sort(Comparator.comparing(Sent::at)); // stable: a call's events keep their order
        Map<String, Integer> lastBlock = new HashMap<>();
        for (int i = 0; i < CALLS; i++) {
            lastBlock.put(linkedids.get(i), calls.get(i).size());
        }

        int dropEvery = drops == 0 ? Integer.MAX_VALUE : stream.size() / (drops + 1);
        Map<String, Integer> sentOfCall = new HashMap<>();
        Map<String, String> answeredBy = new HashMap<>();
        Set<String> inProgress = new HashSet<>();
        List<Long> reconnects = new ArrayList<>();
        AtomicInteger lost = new AtomicInteger();
        // The next drop is due at an index, not at a multiple: the events lost during one outage may run past it.
        int nextDrop = dropEvery;
        long begin = System.nanoTime();
        for (int i = 0; i < stream.size(); i++) {
            String block = stream.get(i).block();
            String linkedid = stream.get(i).linkedid();
            if (i >= nextDrop && reconnects.size() < drops) {
                nextDrop += dropEvery;
                pbx.activeChannels(channels(inProgress, answeredBy, began));
                int logins = pbx.logins();
                long cut = System.nanoTime();
                pbx.dropConnections();
                // Events sent while the link is down are lost to the application, as on Asterisk.
                while (pbx.logins() < logins + TestPbx.CONNECTIONS && i < stream.size()) {
                    pbx.send(block);
                    lost.incrementAndGet();
                    track(block, linkedid, sentOfCall, lastBlock, answeredBy, inProgress, talk);
                    if (++i == stream.size()) {
                        break;
                    }
                    block = stream.get(i).block();
                    linkedid = stream.get(i).linkedid();
                    Thread.sleep(1);
                }
                reconnects.add((System.nanoTime() - cut) / 1_000_000);
                if (i == stream.size()) {
                    break;
                }
            }
            pbx.send(block);
            track(block, linkedid, sentOfCall, lastBlock, answeredBy, inProgress, talk);
            if (i + 1 < stream.size()) {
                long due =
                        begin + Duration.between(start, stream.get(i + 1).at()).toNanos();
                long ahead = due - System.nanoTime();
                if (ahead > 1_000_000) {
                    Thread.sleep(ahead / 1_000_000);
                }
            }
        }
        pbx.activeChannels(List.of());
        String prefix = seconds + ".";
        String complete = "select count(*) from call_record where linkedid like ? and disposition = 'ANSWERED'"
                + " and ended_at is not null and talk_seconds is not null and agent is not null";
        try {
            SystemUnderTest.eventually(
                    PATIENCE,
                    "every call complete in the call log",
                    () -> Integer.parseInt(SystemUnderTest.queryString(complete, prefix + "%")) >= CALLS);
        } catch (AssertionError incomplete) {
            printIncomplete(prefix);
            throw incomplete;
        }
        double elapsed = (System.nanoTime() - begin) / 1e9;
        check(prefix, talk);
        reconnects.sort(null);
        return new Result(
                stream.size(),
                elapsed,
                CALLS,
                reconnects.size(),
                reconnects.isEmpty() ? 0 : reconnects.get(reconnects.size() / 2),
                reconnects.isEmpty() ? 0 : reconnects.get(reconnects.size() - 1),
                lost.get());
    }

    /**
     * Keeps what the PBX knows of each call as its events go out: in progress from its first event, answered from its
     * AgentConnect, over with its last, when it writes its CDR and queue_log lines.
     */
    private static void track(
            String block,
            String linkedid,
            Map<String, Integer> sentOfCall,
            Map<String, Integer> lastBlock,
            Map<String, String> answeredBy,
            Set<String> inProgress,
            Map<String, Integer> talk)
            throws Exception {
        int sent = sentOfCall.merge(linkedid, 1, Integer::sum);
        inProgress.add(linkedid);
        if (block.startsWith("Event: AgentConnect\r\n")) {
            answeredBy.put(
                    linkedid,
                    field(block, "Interface") + "|" + field(block, "MemberName") + "|" + field(block, "Timestamp"));
        }
        if (sent == lastBlock.get(linkedid)) {
            inProgress.remove(linkedid);
            writeRecords(linkedid, answeredBy.get(linkedid), talk.get(linkedid), field(block, "Timestamp"));
        }
    }

    /** The CDR of the caller's channel and the queue_log of its one queue visit, as Asterisk writes them at the end. */
    private static void writeRecords(String linkedid, String answer, int talkSeconds, String endedAt) throws Exception {
        String[] member = answer.split("\\|");
        long connected = (long) Double.parseDouble(member[2]);
        long joined = connected - 3;
        long ended = (long) Double.parseDouble(endedAt);
        FakeAsteriskRecords.queueLog(joined + "|" + linkedid + "|" + QUEUE + "|NONE|ENTERQUEUE||caller|1");
        FakeAsteriskRecords.queueLog(
                connected + "|" + linkedid + "|" + QUEUE + "|" + member[1] + "|CONNECT|3|" + linkedid + "9|1");
        FakeAsteriskRecords.queueLog(
                ended + "|" + linkedid + "|" + QUEUE + "|" + member[1] + "|COMPLETECALLER|3|" + talkSeconds + "|1");
        Instant began = Instant.ofEpochSecond(joined - 6);
        int duration = (int) (ended - began.getEpochSecond());
        FakeAsteriskRecords.cdr(
                began,
                "caller",
                PbxCalls.callerChannel(linkedid),
                linkedid,
                linkedid,
                duration,
                duration,
                "ANSWERED",
                "Queue");
    }

    /** What CoreShowChannels lists now: every call in progress, the answered ones with their member's channel. */
    private static List<String[]> channels(
            Set<String> inProgress, Map<String, String> answeredBy, Map<String, Instant> began) {
        List<String[]> channels = new ArrayList<>();
        long now = Instant.now().getEpochSecond();
        for (String linkedid : inProgress) {
            String duration = hhmmss(Math.max(0, now - began.get(linkedid).getEpochSecond()));
            String answer = answeredBy.get(linkedid);
            if (answer == null) {
                channels.add(new String[] {linkedid, "caller", duration});
            } else {
                String[] member = answer.split("\\|");
                channels.add(new String[] {
                    linkedid,
                    "caller",
                    duration,
                    member[0],
                    hhmmss(Math.max(0, now - (long) Double.parseDouble(member[2])))
                });
            }
        }
        return channels;
    }

    private static void check(String prefix, Map<String, Integer> talk) throws Exception {
        int rows = Integer.parseInt(
                SystemUnderTest.queryString("select count(*) from call_record where linkedid like ?", prefix + "%"));
        int legs = Integer.parseInt(SystemUnderTest.queryString(
                "select count(*) from call_leg l join call_record c" + " on c.id = l.call_id where c.linkedid like ?",
                prefix + "%"));
        int callbacks = Integer.parseInt(SystemUnderTest.queryString(
                "select count(*) from ticket where type =" + " 'CALLBACK' and call_linkedid like ?", prefix + "%"));
        int wrongTalk = 0;
        for (Map.Entry<String, Integer> call : talk.entrySet()) {
            if (!call.getValue().toString().equals(CallRecords.field(call.getKey(), "talk_seconds"))) {
                wrongTalk++;
            }
        }
        if (rows != CALLS || legs != CALLS || callbacks != 0 || wrongTalk != 0) {
            throw new IllegalStateException("lost or duplicated: " + rows + " calls, " + legs + " queue visits, "
                    + callbacks + " callback tasks, " + wrongTalk + " wrong talk times for " + CALLS + " calls");
        }
    }

    /** What the call log and the PBX's records hold of each call left incomplete, for whoever reads a failed run. */
    private static void printIncomplete(String prefix) throws Exception {
        try (var db = SystemUnderTest.database();
                var calls = db.prepareStatement("select * from call_record"
                        + " where linkedid like ? and not (disposition = 'ANSWERED' and ended_at is not null"
                        + " and talk_seconds is not null and agent is not null)")) {
            calls.setString(1, prefix + "%");
            try (var rows = calls.executeQuery()) {
                while (rows.next()) {
                    String linkedid = rows.getString("linkedid");
                    System.out.println("incomplete call " + row(rows));
                    for (String sql : List.of(
                            "select * from call_leg where call_id = (select id from call_record"
                                    + " where linkedid = ?)",
                            "select * from queue_log where callid = ?",
                            "select * from cdr where linkedid = ?")) {
                        try (var related = db.prepareStatement(sql)) {
                            related.setString(1, linkedid);
                            try (var lines = related.executeQuery()) {
                                while (lines.next()) {
                                    System.out.println("  " + row(lines));
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private static String row(java.sql.ResultSet rows) throws java.sql.SQLException {
        StringBuilder row = new StringBuilder();
        for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
            row.append(rows.getMetaData().getColumnLabel(column))
                    .append('=')
                    .append(rows.getString(column))
                    .append(' ');
        }
        return row.toString();
    }

    private static String field(String block, String name) {
        int at = block.indexOf("\r\n" + name + ": ");
        if (at < 0) {
            return "";
        }
        at += name.length() + 4;
        return block.substring(at, block.indexOf("\r\n", at));
    }

    private static String hhmmss(long seconds) {
        return String.format(Locale.ROOT, "%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
