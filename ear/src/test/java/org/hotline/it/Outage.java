package org.hotline.it;

import static org.hotline.it.CallRecords.awaitDisposition;
import static org.hotline.it.CallRecords.field;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Twenty calls through an outage (the application away, or its link to the PBX), in five kinds of four: answered
 * before it and ended during it; waiting before it, answered during it and still talking after it; waiting, answered
 * and ended during it; waiting and given up during it; waiting before and after it (given up later, live). The PBX
 * writes the queue_log lines and CDRs of the calls that end during the outage, as Asterisk does, and lists the others
 * to CoreShowChannels.
 */
final class Outage {

    private static final String QUEUE = "enquiries";
    private static final Duration PATIENCE = Duration.ofSeconds(180);
    private final Instant start = Instant.now().minusSeconds(90);
    private final FakeAsterisk pbx;
    /** Which series of call ids and callers: each outage of a run its own. */
    private final int series;

    private final List<List<String>> calls = new ArrayList<>();

    Outage(FakeAsterisk pbx) {
        this(pbx, 0);
    }

    Outage(FakeAsterisk pbx, int series) {
        this.pbx = pbx;
        this.series = series;
        for (int agent = 1; agent <= 4; agent++) {
            pbx.member(QUEUE, iface(agent), name(agent));
        }
    }

    String linkedid(int call) {
        return "1795704" + series + String.format("%02d", call) + ".1";
    }

    private String caller(int call) {
        return "07704004" + series + String.format("%02d", call);
    }

    private static String iface(int agent) {
        return "PJSIP/19" + String.format("%02d", agent);
    }

    private static String name(int agent) {
        return "Outage Agent " + agent;
    }

    private static int kind(int call) {
        return call / 4;
    }

    private static int talk(int call) {
        return 30 + call;
    }

    /** Every call as the PBX would tell it from start to end: answered after 5 s, or given up after 12 s. */
    void before() throws Exception {
        for (int call = 0; call < 20; call++) {
            int agent = call % 4 + 1;
            calls.add(
                    kind(call) >= 3
                            ? PbxCalls.abandoned(
                                    linkedid(call), caller(call), QUEUE, iface(agent), name(agent), start, 12)
                            : PbxCalls.answered(
                                    linkedid(call),
                                    caller(call),
                                    QUEUE,
                                    iface(agent),
                                    name(agent),
                                    start,
                                    5,
                                    talk(call)));
            // The first kind was answered before the outage; the others were still waiting in the queue.
            String stopAt = kind(call) == 0 ? "Event: AgentComplete" : "Event: AgentCalled";
            for (String block : calls.get(call)) {
                if (block.startsWith(stopAt)) {
                    break;
                }
                pbx.send(block);
            }
        }
        for (int call = 0; call < 20; call++) {
            awaitDisposition(linkedid(call), kind(call) == 0 ? "ANSWERED" : "IN_PROGRESS");
        }
    }

    /**
     * What the PBX does while the application is away: the calls that end write their queue_log lines and CDRs;
     * the others are what CoreShowChannels will list (those answered with the member's channel in their bridge).
     */
    List<String[]> whileAway() throws Exception {
        List<String[]> stillUp = new ArrayList<>();
        for (int call = 0; call < 20; call++) {
            String id = linkedid(call);
            Instant joined = timestamp(calls.get(call), "Event: QueueCallerJoin");
            String agent = name(call % 4 + 1);
            switch (kind(call)) {
                case 0, 2 -> {
                    queueLog(joined, id, "NONE", "ENTERQUEUE", "", caller(call), "1");
                    queueLog(joined.plusSeconds(5), id, agent, "CONNECT", "5", id + "9", "1");
                    queueLog(
                            joined.plusSeconds(5 + talk(call)),
                            id,
                            agent,
                            kind(call) == 0 ? "COMPLETECALLER" : "COMPLETEAGENT",
                            "5",
                            "" + talk(call),
                            "1");
                    cdr(call, joined, 5 + talk(call));
                }
                case 3 -> {
                    queueLog(joined, id, "NONE", "ENTERQUEUE", "", caller(call), "1");
                    queueLog(joined.plusSeconds(12), id, "NONE", "ABANDON", "1", "1", "12");
                    cdr(call, joined, 12);
                }
                case 1 -> stillUp.add(new String[] {id, caller(call), "00:01:00", iface(call % 4 + 1), "00:00:20"});
                default -> stillUp.add(new String[] {id, caller(call), "00:01:00"});
            }
        }
        return stillUp;
    }

    /** Right after the resync: the calls answered while away and still up are answered, by their agent. */
    void afterResync() throws Exception {
        for (int call = 4; call < 8; call++) {
            awaitDisposition(linkedid(call), "ANSWERED");
            assertEquals(name(call % 4 + 1), field(linkedid(call), "agent"), "the member bridged to the call");
        }
    }

    /** The calls still up end live; then every call has its true outcome, agent, talk and callback tasks. */
    void afterTheCallsEnd() throws Exception {
        for (int call = 0; call < 20; call++) {
            if (kind(call) == 1 || kind(call) == 4) {
                List<String> blocks = calls.get(call);
                String from = kind(call) == 1 ? "Event: AgentComplete" : "Event: QueueCallerAbandon";
                boolean sending = false;
                for (String block : blocks) {
                    sending |= block.startsWith(from);
                    if (sending) {
                        pbx.send(block);
                    }
                }
            }
        }
        for (int call = 0; call < 20; call++) {
            String id = linkedid(call);
            boolean answered = kind(call) <= 2;
            awaitDisposition(id, answered ? "ANSWERED" : "ABANDONED");
            CallRecords.awaitFilled(id, "ended_at");
            if (answered) {
                CallRecords.awaitFilled(id, "talk_seconds");
                assertEquals(name(call % 4 + 1), field(id, "agent"), "call " + call);
                assertEquals(Integer.toString(talk(call)), field(id, "talk_seconds"), "call " + call);
                assertEquals(
                        "1",
                        SystemUnderTest.queryString(
                                "select count(*) from call_leg l join call_record c"
                                        + " on c.id = l.call_id where c.linkedid = ?",
                                id),
                        "one queue visit, call " + call);
            } else {
                SystemUnderTest.eventually(
                        PATIENCE, "the callback task of call " + call, () -> "1".equals(callbacks(id)));
            }
        }
        // Every ended call is read against the PBX's records; a callback task would have been opened by now.
        for (int call = 0; call < 20; call++) {
            if (kind(call) != 1 && kind(call) != 4) {
                CallRecords.awaitFilled(linkedid(call), "pbx_checked_at");
            }
        }
        for (int call = 0; call < 12; call++) {
            assertEquals("0", callbacks(linkedid(call)), "no callback task for answered call " + call);
        }
    }

    static String callbacks(String linkedid) throws Exception {
        return SystemUnderTest.queryString(
                "select count(*) from ticket where type = 'CALLBACK'" + " and call_linkedid = ?", linkedid);
    }

    private static void queueLog(Instant at, String callid, String agent, String event, String... data)
            throws Exception {
        FakeAsteriskRecords.queueLog(at.getEpochSecond() + "|" + callid + "|" + QUEUE + "|" + agent + "|" + event + "|"
                + String.join("|", data));
    }

    /** The caller's channel's CDR: it began with the call, 6 s before it joined the queue (the IVR). */
    private void cdr(int call, Instant joined, int secondsInQueue) throws Exception {
        Instant began = timestamp(calls.get(call), "Event: Newchannel");
        int duration = (int) Duration.between(began, joined).getSeconds() + secondsInQueue;
        FakeAsteriskRecords.cdr(
                began,
                caller(call),
                PbxCalls.callerChannel(linkedid(call)),
                linkedid(call),
                linkedid(call),
                duration,
                duration,
                "ANSWERED",
                "Queue");
    }

    private static Instant timestamp(List<String> blocks, String event) {
        String block =
                blocks.stream().filter(b -> b.startsWith(event)).findFirst().orElseThrow();
        String seconds = block.lines()
                .filter(line -> line.startsWith("Timestamp: "))
                .findFirst()
                .orElseThrow()
                .substring("Timestamp: ".length());
        double value = Double.parseDouble(seconds);
        return Instant.ofEpochSecond((long) value, (long) ((value % 1) * 1e9));
    }
}
