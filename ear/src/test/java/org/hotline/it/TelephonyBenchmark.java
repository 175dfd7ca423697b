package org.hotline.it;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ManagerConnectionFactory;
import org.asteriskjava.manager.event.AgentCalledEvent;
import org.asteriskjava.manager.event.NewChannelEvent;

/**
 * The benchmarks, run by scripts/bench-telephony.sh against a provisioned server, its MariaDB and a fake
 * Asterisk started here (not by the test suite: timings on a shared 2-core machine do not belong in tests). It sits
 * beside the system tests because it drives the same doubles: the fake PBX, the call generator and the browser.
 *
 * <p>Each run replays 300 copies of the real captured queue call (about 236 AMI events each), interleaved so that all
 * 300 calls are in progress at once:
 * <ol>
 * <li><b>Baseline</b>: a second fake PBX sends the same stream to Asterisk-Java alone, with an empty listener; the
 * rate is events over the time until the listener has seen the last one.</li>
 * <li><b>End to end</b>: the fake PBX the application is connected to sends the stream; the rate is events over the
 * time until the call log in MariaDB holds all 300 calls complete (ended, talk time written).</li>
 * <li><b>Screen pops under that load</b>: 60 of the calls ring the phone of an agent signed in in headless Chromium;
 * the latency is from the moment the AgentCalled block is handed to the socket to the moment the page's WebSocket
 * receives the pop (both on this machine's clock).</li>
 * <li><b>Nothing dropped</b>: the run fails unless the database holds exactly 300 answered calls and the browser got
 * exactly 60 pops.</li>
 * </ol>
 * Arguments: runs, the port of the fake PBX for the baseline. System properties as for the system tests
 * (hotline.baseUrl, hotline.db.url, hotline.db.password, hotline.ami.port).
 */
public final class TelephonyBenchmark {

    private static final int CALLS = 300;
    private static final int POP_EVERY = 5;
    private static final String AGENT = "bench.pop";
    private static final String PASSWORD = "a benchmark passphrase 5599";
    private static final String AGENT_PHONE = "PJSIP/9001";
    private static final Duration PATIENCE = Duration.ofMinutes(5);
    /** The linkedid of the Newchannel sent after the stream, so the baseline's listener knows it has seen it all. */
    private static final String END_MARKER = "1.0";

    /** Counted down by the baseline's (otherwise empty) listener when the stream's end marker arrives. */
    private static final AtomicReference<CountDownLatch> END_OF_STREAM = new AtomicReference<>(new CountDownLatch(1));

    /** When the baseline's listener saw each AgentCalled for the browser's agent: linkedid → epoch millis. */
    private static final Map<String, Long> RAW_AGENT_CALLED = new java.util.concurrent.ConcurrentHashMap<>();

    private TelephonyBenchmark() {}

    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(args[0]);
        int rawPort = Integer.parseInt(args[1]);
        List<String> capture = FakeAsterisk.capturedEvents("answered-queue-call.ami.txt").stream()
                .filter(block -> block.contains("1795666179."))
                .toList(); // the call's own events only
        FakeAsterisk pbx = TestPbx.get();
        SystemUnderTest.ensureAgentWithPhone(AGENT, "Bench Agent", PASSWORD, AGENT_PHONE);
        try (FakeAsterisk rawPbx = new FakeAsterisk(rawPort, TestPbx.USER, TestPbx.SECRET);
                Browser browser = new Browser()) {
            ManagerConnection raw = new ManagerConnectionFactory("127.0.0.1", rawPort, TestPbx.USER, TestPbx.SECRET)
                    .createManagerConnection();
            raw.login();
            raw.addEventListener(event -> {
                if (event instanceof AgentCalledEvent called && AGENT_PHONE.equals(called.getInterface())) {
                    RAW_AGENT_CALLED.putIfAbsent(called.getLinkedId(), System.currentTimeMillis());
                }
                if (event instanceof NewChannelEvent channel && END_MARKER.equals(channel.getLinkedid())) {
                    END_OF_STREAM.get().countDown();
                }
            });
            browser.signIn(AGENT, PASSWORD);
            browser.waitUntil(
                    "return document.getElementById('screenPop').dataset.connected === 'true'", Duration.ofSeconds(60));
            for (int run = 0; run <= runs; run++) {
                List<List<String>> calls = new ArrayList<>();
                List<String> linkedids = new ArrayList<>();
                Instant start = Instant.now();
                int seconds = (int) (start.getEpochSecond() % 100_000_000) + 1_700_000_000;
                for (int i = 0; i < CALLS; i++) {
                    String linkedid = seconds + "." + (i * 10);
                    String caller = String.format(Locale.ROOT, "0770%07d", run * 1000 + i);
                    linkedids.add(linkedid);
                    calls.add(
                            i % POP_EVERY == 0
                                    ? PbxCalls.fromCapture(
                                            capture,
                                            linkedid,
                                            caller,
                                            start,
                                            AGENT_PHONE,
                                            "Bench Agent",
                                            "PJSIP/8002",
                                            "Agent 8002")
                                    : PbxCalls.fromCapture(
                                            capture,
                                            linkedid,
                                            caller,
                                            start,
                                            "PJSIP/8001",
                                            "Agent 8001",
                                            "PJSIP/8002",
                                            "Agent 8002"));
                }
                List<String> stream = PbxCalls.interleaved(calls, run);
                Raw baseline = rawRate(rawPbx, stream);
                Result endToEnd = endToEnd(pbx, browser, stream, seconds + ".");
                if (run == 0) {
                    System.out.printf(Locale.ROOT, "warm-up run: %d events; not counted%n", stream.size());
                    continue;
                }
                System.out.printf(
                        Locale.ROOT,
                        "== run %d: %d calls in progress at once, %d AMI events%n",
                        run,
                        CALLS,
                        stream.size());
                System.out.printf(
                        Locale.ROOT,
                        "raw      asterisk-java to an empty listener = %.0f events/s%n",
                        baseline.eventsPerSecond());
                System.out.printf(
                        Locale.ROOT,
                        "rawpop   AgentCalled to the empty listener p50 %d ms, p99 %d ms%n",
                        baseline.agentCalledP50(),
                        baseline.agentCalledP99());
                System.out.printf(
                        Locale.ROOT,
                        "e2e      into the call log in MariaDB = %.0f events/s (%d/%d calls)%n",
                        endToEnd.eventsPerSecond(),
                        endToEnd.calls(),
                        CALLS);
                System.out.printf(
                        Locale.ROOT,
                        "ratio    e2e/raw = %.3f%n",
                        endToEnd.eventsPerSecond() / baseline.eventsPerSecond());
                System.out.printf(
                        Locale.ROOT,
                        "pop      %d/%d received, p50 %d ms, p99 %d ms%n",
                        endToEnd.pops(),
                        CALLS / POP_EVERY,
                        endToEnd.popP50(),
                        endToEnd.popP99());
            }
            raw.logoff();
        }
        System.exit(0); // the fake PBX's threads are daemons, Asterisk-Java's reconnect threads are not
    }

    /** The baseline: events per second, and AgentCalled's latency from the socket to the listener. */
    private record Raw(double eventsPerSecond, long agentCalledP50, long agentCalledP99) {}

    /**
     * Asterisk-Java alone: the stream, then a Newchannel marker; the rate is events until the marker arrives. The
     * AgentCalled blocks of the browser's agent are timed as in the end-to-end run, to the empty listener.
     */
    private static Raw rawRate(FakeAsterisk rawPbx, List<String> stream) throws Exception {
        CountDownLatch end = new CountDownLatch(1);
        END_OF_STREAM.set(end);
        RAW_AGENT_CALLED.clear();
        Map<String, Long> sentAt = new HashMap<>();
        long begin = System.nanoTime();
        for (String block : stream) {
            if (isPopFor(block)) {
                sentAt.putIfAbsent(linkedid(block), System.currentTimeMillis());
            }
            rawPbx.send(block);
        }
        rawPbx.send("Event: Newchannel\r\nPrivilege: call,all\r\nChannel: PJSIP/bench-end\r\nUniqueid: " + END_MARKER
                + "\r\nLinkedid: " + END_MARKER + "\r\n\r\n");
        if (!end.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
            throw new IllegalStateException("the baseline listener never saw the end of the stream");
        }
        double elapsed = (System.nanoTime() - begin) / 1e9;
        List<Long> latencies = latencies(sentAt, RAW_AGENT_CALLED);
        return new Raw(stream.size() / elapsed, percentile(latencies, 0.50), percentile(latencies, 0.99));
    }

    private static boolean isPopFor(String block) {
        return block.startsWith("Event: AgentCalled\r\n") && block.contains("\r\nInterface: " + AGENT_PHONE + "\r\n");
    }

    private static List<Long> latencies(Map<String, Long> sentAt, Map<String, Long> arrivedAt) {
        List<Long> latencies = new ArrayList<>();
        arrivedAt.forEach((linkedid, at) -> {
            if (sentAt.containsKey(linkedid)) {
                latencies.add(at - sentAt.get(linkedid));
            }
        });
        latencies.sort(null);
        return latencies;
    }

    /** One end-to-end measurement. */
    private record Result(double eventsPerSecond, int calls, int pops, long popP50, long popP99) {}

    private static Result endToEnd(FakeAsterisk pbx, Browser browser, List<String> stream, String linkedidPrefix)
            throws Exception {
        Map<String, Long> popSentAt = new HashMap<>();
        long begin = System.nanoTime();
        for (String block : stream) {
            if (isPopFor(block)) {
                popSentAt.putIfAbsent(linkedid(block), System.currentTimeMillis());
            }
            pbx.send(block);
        }
        String complete = "select count(*) from call_record where linkedid like ? and ended_at is not null"
                + " and talk_seconds is not null";
        SystemUnderTest.eventually(
                PATIENCE,
                "all " + CALLS + " calls complete in the call log",
                () -> Integer.parseInt(SystemUnderTest.queryString(complete, linkedidPrefix + "%")) >= CALLS);
        double elapsed = (System.nanoTime() - begin) / 1e9;
        int calls = Integer.parseInt(SystemUnderTest.queryString(
                "select count(*) from call_record where linkedid like ? and disposition = 'ANSWERED'",
                linkedidPrefix + "%"));
        int rows = Integer.parseInt(SystemUnderTest.queryString(
                "select count(*) from call_record where linkedid like ?", linkedidPrefix + "%"));
        if (calls != CALLS || rows != CALLS) {
            throw new IllegalStateException("dropped or duplicated: " + rows + " rows, " + calls + " answered");
        }
        SystemUnderTest.eventually(
                Duration.ofSeconds(60),
                "every screen pop in the browser",
                () -> pops(browser, popSentAt.keySet()).size() >= popSentAt.size());
        Map<String, Long> arrivedAt = pops(browser, popSentAt.keySet());
        List<Long> latencies = latencies(popSentAt, arrivedAt);
        return new Result(
                stream.size() / elapsed,
                calls,
                arrivedAt.size(),
                percentile(latencies, 0.50),
                percentile(latencies, 0.99));
    }

    /** The pops the page received for these calls: linkedid → when (the browser's Date.now()). */
    @SuppressWarnings("unchecked")
    private static Map<String, Long> pops(Browser browser, java.util.Set<String> linkedids) {
        List<Map<String, Object>> received = (List<Map<String, Object>>)
                browser.script("return window.hotlinePushes.filter(function (p) { return p.type === 'pop'; })");
        Map<String, Long> arrived = new HashMap<>();
        for (Map<String, Object> push : received) {
            Object linkedid = push.get("linkedid");
            if (linkedid != null && linkedids.contains(linkedid.toString())) {
                arrived.putIfAbsent(linkedid.toString(), ((Number) push.get("at")).longValue());
            }
        }
        return arrived;
    }

    private static String linkedid(String block) {
        int at = block.indexOf("\r\nLinkedid: ") + "\r\nLinkedid: ".length();
        return block.substring(at, block.indexOf("\r\n", at));
    }

    private static long percentile(List<Long> sorted, double p) {
        return sorted.isEmpty() ? -1 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }
}
