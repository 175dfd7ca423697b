package org.hotline.it;

import static org.hotline.it.CallRecords.awaitDisposition;
import static org.hotline.it.CallRecords.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The application restarted in the middle of calls and of tickets being opened: clients of the API open tickets
 * without pause from before the restart until after it, and every ticket acknowledged (201) is in the database after
 * it. Twenty calls are in progress when it stops; while it is away some
 * are answered, some end, some are given up, one begins. When it is back, the resync with the PBX (its channels and
 * queues) and then the PBX's own records (CDRs and queue_log, written by the fake PBX as Asterisk writes them) complete
 * the picture: every call has its true outcome, agent and talk time, no answered call gets a callback task, and every
 * caller who gave up gets one. The deployment is taken down and brought back through the deployment scanner's marker
 * files, as an operator would.
 */
class ApplicationRestartIT {

    private static final Path DEPLOYMENTS = Path.of(System.getProperty("hotline.deployments"));
    private static final Duration PATIENCE = Duration.ofSeconds(180);

    @Test
    void callsThatEndedOrBeganWhileTheApplicationWasDownAreReconciledWhenItIsBack() throws Exception {
        FakeAsterisk pbx = TestPbx.get();
        String endsWhileAway = "1795702000.1";
        String beginsWhileAway = "1795702100.1";
        List<String> call = PbxCalls.answered(
                endsWhileAway,
                "07702002000",
                "enquiries",
                "PJSIP/1601",
                "Agent 1601",
                Instant.now().minusSeconds(60),
                5,
                120);
        for (String block : call) {
            if (block.startsWith("Event: AgentComplete")) {
                break; // the rest of the call happens while the application is away
            }
            pbx.send(block);
        }
        awaitDisposition(endsWhileAway, "ANSWERED");

        SystemUnderTest.ensureUser(
                "restart.agent", "Restart Agent", "a long test passphrase 5599", org.hotline.common.Role.AGENT);
        Api agent = Api.as("restart.agent", "a long test passphrase 5599");
        String ticketMark = "rs" + Instant.now().toEpochMilli();
        Api.Answer ticket = agent.post(
                "/api/v1/tickets",
                "{\"type\":\"ENQUIRY\",\"channel\":\"PHONE\"," + "\"subject\":\"استفسار قبل إعادة التشغيل " + ticketMark
                        + "\"}");
        assertEquals(201, ticket.status(), ticket.text());

        Outage outage = new Outage(pbx);
        outage.before();

        long begun = System.nanoTime();
        TicketLoad load = TicketLoad.start(agent, "rs" + Instant.now().toEpochMilli(), 3);
        try {
            load.awaitCreated(begun, 10, PATIENCE);
            int logins = pbx.logins();
            long stopping = System.nanoTime();
            undeploy();
            deleteSearchIndex(); // as an operator might, or a disk lost: it must come back by itself
            List<String[]> live = new ArrayList<>(outage.whileAway());
            live.add(new String[] {beginsWhileAway, "07702102100", "00:00:15"});
            pbx.activeChannels(live);
            try {
                deploy();
                long deployed = System.nanoTime();
                assertTrue(
                        load.sent().stream().anyMatch(s -> !s.created() && s.within(stopping, deployed)),
                        "tickets were being opened while the application was away");
                pbx.awaitLogins(logins + TestPbx.CONNECTIONS, PATIENCE);
                awaitDisposition(beginsWhileAway, "IN_PROGRESS");
                awaitDisposition(endsWhileAway, "INCOMPLETE"); // ended unseen, and the PBX wrote no record of it
                assertEquals("07702102100", field(beginsWhileAway, "caller"));
                assertNotNull(field(endsWhileAway, "answered_at"), "what was known before stays: it was answered");
                assertEquals("Agent 1601", field(endsWhileAway, "agent"), "what was known before stays");
                outage.afterResync();
            } finally {
                pbx.activeChannels(List.of());
            }
            load.awaitCreated(System.nanoTime(), 10, PATIENCE); // tickets are opened again, by the same clients
        } finally {
            load.close();
        }
        // Answers during the gap failed, as they will; none of those acknowledged, before, during or after, is lost.
        load.assertEveryAcknowledgedTicketIsKept();
        outage.afterTheCallsEnd();
        SystemUnderTest.eventually(
                PATIENCE,
                "the pages are served again",
                () -> SystemUnderTest.get(SystemUnderTest.BASE_URL + "/login.xhtml", null)
                                .statusCode()
                        == 200);
        SystemUnderTest.eventually(
                PATIENCE,
                "the emptied search index rebuilt from the database",
                () -> agent.get("/api/v1/e-services/suggestions?q=passport")
                                .text()
                                .contains("MOI-PASSPORT-NEW")
                        && agent.get("/api/v1/search?q=" + ticketMark)
                                .text()
                                .contains(ticket.object().getString("number")));
    }

    @Test
    void indexesBuiltByAnOlderAnalysisAreRebuiltAtStart() throws Exception {
        SystemUnderTest.ensureUser(
                "restart.agent", "Restart Agent", "a long test passphrase 5599", org.hotline.common.Role.AGENT);
        Api agent = Api.as("restart.agent", "a long test passphrase 5599");
        Path version = Path.of(System.getProperty("hotline.index.dir")).resolve("analysis-version");
        SystemUnderTest.eventually(
                PATIENCE,
                "the running application's indexes say which analysis built them",
                () -> Files.exists(version));
        assertEquals(
                String.valueOf(org.hotline.search.TextAnalysis.VERSION),
                Files.readString(version).strip());
        String mark = "av" + Instant.now().toEpochMilli();

        undeploy();
        Files.writeString(version, "1\n"); // as left by the first analysis, which had no keyboard letters or seats
        SearchAnswers.writePastTheApplication("هويتي لم تصدر بعد " + mark); // only a rebuild can index it
        deploy();
        SystemUnderTest.eventually(
                PATIENCE,
                "the pages are served again",
                () -> SystemUnderTest.get(SystemUnderTest.BASE_URL + "/login.xhtml", null)
                                .statusCode()
                        == 200);

        SystemUnderTest.eventually(
                PATIENCE,
                "the indexes rebuilt with the application's analysis",
                () -> agent.get("/api/v1/search?q="
                                        + java.net.URLEncoder.encode(
                                                "الهویة " + mark, java.nio.charset.StandardCharsets.UTF_8))
                                .object()
                                .getJsonObject("tickets")
                                .getInt("total")
                        == 1);
        assertEquals(
                String.valueOf(org.hotline.search.TextAnalysis.VERSION),
                Files.readString(version).strip());
    }

    private static void deleteSearchIndex() throws IOException {
        Path index = Path.of(System.getProperty("hotline.index.dir"));
        if (Files.exists(index)) {
            try (var paths = Files.walk(index)) {
                for (Path path :
                        paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        assertFalse(Files.exists(index));
    }

    private static void undeploy() throws Exception {
        Files.deleteIfExists(DEPLOYMENTS.resolve("hotline.ear.deployed"));
        SystemUnderTest.eventually(
                PATIENCE,
                "the application undeployed",
                () -> Files.exists(DEPLOYMENTS.resolve("hotline.ear.undeployed")));
    }

    private static void deploy() throws IOException, Exception {
        Files.deleteIfExists(DEPLOYMENTS.resolve("hotline.ear.undeployed"));
        Files.createFile(DEPLOYMENTS.resolve("hotline.ear.dodeploy"));
        SystemUnderTest.eventually(
                PATIENCE,
                "the application deployed again",
                () -> Files.exists(DEPLOYMENTS.resolve("hotline.ear.deployed")));
    }

    /**
     * Twenty calls through the outage, in five kinds of four: answered before it and ended during it; waiting before
     * it, answered during it and still talking after it; waiting, answered and ended during it; waiting and given up
     * during it; waiting before and after it (given up later, live).
     */
    private static final class Outage {

        private static final String QUEUE = "enquiries";
        private static final Instant START = Instant.now().minusSeconds(90);
        private final FakeAsterisk pbx;
        private final List<List<String>> calls = new ArrayList<>();

        Outage(FakeAsterisk pbx) {
            this.pbx = pbx;
            for (int agent = 1; agent <= 4; agent++) {
                pbx.member(QUEUE, iface(agent), name(agent));
            }
        }

        private static String linkedid(int call) {
            return "17957040" + String.format("%02d", call) + ".1";
        }

        private static String caller(int call) {
            return "077040040" + String.format("%02d", call);
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
                                        linkedid(call), caller(call), QUEUE, iface(agent), name(agent), START, 12)
                                : PbxCalls.answered(
                                        linkedid(call),
                                        caller(call),
                                        QUEUE,
                                        iface(agent),
                                        name(agent),
                                        START,
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

        private static String callbacks(String linkedid) throws Exception {
            return SystemUnderTest.queryString(
                    "select count(*) from ticket where type = 'CALLBACK'" + " and call_linkedid = ?", linkedid);
        }

        private static void queueLog(Instant at, String callid, String agent, String event, String... data)
                throws Exception {
            FakeAsteriskRecords.queueLog(at.getEpochSecond() + "|" + callid + "|" + QUEUE + "|" + agent + "|" + event
                    + "|" + String.join("|", data));
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
}
