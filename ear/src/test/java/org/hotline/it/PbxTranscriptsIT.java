package org.hotline.it;

import static org.hotline.it.CallRecords.awaitDisposition;
import static org.hotline.it.CallRecords.awaitFilled;
import static org.hotline.it.CallRecords.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Real calls through a real Asterisk 22, replayed byte for byte by the fake PBX, and the call log checked against
 * what Asterisk's own queue_log said of each (the facts are quoted in each capture's .md beside it): outcome, queue
 * visits, agents, wait and talk, the caller's number, the call's uniqueid and the IVR choices.
 */
class PbxTranscriptsIT {

    private static final String PASSWORD = "a long test passphrase 5599";
    private static FakeAsterisk pbx;

    @BeforeAll
    static void pbxUp() throws Exception {
        pbx = TestPbx.get();
    }

    private static void replay(List<String> events) throws Exception {
        for (String event : events) {
            pbx.send(event);
        }
    }

    private static void replay(String capture) throws Exception {
        replay(FakeAsterisk.capturedEvents(capture));
    }

    /**
     * The PBX writes its CDR and queue_log lines for the call (verbatim from the capture's notes); the application
     * reads them and finds its live record in agreement with them.
     */
    private static void agreesWithThePbx(String capture, String linkedid, String callid) throws Exception {
        FakeAsteriskRecords.ofCapture(capture, callid);
        awaitFilled(linkedid, "pbx_checked_at");
        assertNull(field(linkedid, "pbx_disagreement"), "the live record agrees with Asterisk's own records");
    }

    private static String callbacks(String linkedid) throws Exception {
        return SystemUnderTest.queryString(
                "select count(*) from ticket where type = 'CALLBACK' and call_linkedid = ?", linkedid);
    }

    /** One leg of a call as "queue agent outcome wait talk", in the order the caller joined them. */
    private static List<String> legs(String linkedid) throws Exception {
        List<String> legs = new ArrayList<>();
        String rows = SystemUnderTest.queryString(
                "select group_concat(concat_ws(' ', l.queue, coalesce(l.agent, '-'),"
                        + " coalesce(l.outcome, '-'), coalesce(l.wait_seconds, '-'), coalesce(l.talk_seconds, '-'))"
                        + " order by l.joined_at separator '|') from call_leg l join call_record c on c.id = l.call_id"
                        + " where c.linkedid = ?",
                linkedid);
        if (rows != null) {
            legs.addAll(List.of(rows.split("\\|")));
        }
        return legs;
    }

    private static void awaitLegs(String linkedid, List<String> expected) throws Exception {
        SystemUnderTest.eventually(
                Duration.ofSeconds(30),
                "call " + linkedid + " with legs " + expected,
                () -> legs(linkedid).equals(expected));
    }

    @Test
    void aQueueThatTimesOutIsTimedOutNotAbandonedAndOpensNoCallback() throws Exception {
        String call = "1796180498.672";
        replay("queue-timeout.ami.txt");
        awaitDisposition(call, "TIMED_OUT");
        assertEquals("8", field(call, "wait_seconds"), "EXITWITHTIMEOUT|1|1|8");
        awaitLegs(call, List.of("enquiries - TIMED_OUT 8 -"));
        assertEquals("TIMEOUT", field(call, "queue_status"));
        awaitFilled(call, "ended_at");
        agreesWithThePbx("queue-timeout", call, "1796180498.673");

        // A caller who really gave up, replayed after it, gets their callback task; the timed-out caller none.
        String gaveUp = "1796180479.640";
        replay("abandoned-in-queue.ami.txt");
        awaitDisposition(gaveUp, "ABANDONED");
        SystemUnderTest.eventually(
                Duration.ofSeconds(30), "the abandoning caller's callback task", () -> "1".equals(callbacks(gaveUp)));
        assertEquals("0", callbacks(call), "no callback task for a caller the queue let go");
    }

    @Test
    void callersWhoGiveUpWhileMembersRingOrAreBusyHaveAbandonedEachWithOneCallback() throws Exception {
        replay("abandoned-in-queue.ami.txt");
        String ringing = "1796180479.640";
        String busy = "1796180479.642";
        awaitDisposition(ringing, "ABANDONED");
        awaitDisposition(busy, "ABANDONED");
        // On a Local channel the caller's own half hangs up first; the queue's events of the other half follow it.
        awaitLegs(ringing, List.of("enquiries - ABANDONED 4 -")); // RINGNOANSWER(agent1) -> ABANDONED
        awaitLegs(busy, List.of("complaints - ABANDONED 5 -"));
        assertEquals("07702041001", field(ringing, "caller"));
        assertEquals("07802041002", field(busy, "caller"));
        for (String call : List.of(ringing, busy)) {
            SystemUnderTest.eventually(
                    Duration.ofSeconds(30), "a callback task for " + call, () -> "1".equals(callbacks(call)));
            awaitFilled(call, "ended_at");
        }
        agreesWithThePbx("abandoned-in-queue", ringing, "1796180479.641");
        agreesWithThePbx("abandoned-in-queue", busy, "1796180479.643");
    }

    @Test
    void aCallTheSecondMemberAnswersHasItsWaitTalkAndNoInventedWrapUp() throws Exception {
        String call = "1796180517.678";
        replay("ring-no-answer-then-answered.ami.txt");
        awaitDisposition(call, "ANSWERED");
        awaitFilled(call, "talk_seconds");
        awaitFilled(call, "ended_at");
        assertEquals("agent2", field(call, "agent"), "RINGNOANSWER(agent1), then CONNECT agent2");
        assertEquals("6", field(call, "wait_seconds"));
        assertEquals("5", field(call, "talk_seconds"));
        awaitLegs(call, List.of("enquiries agent2 ANSWERED 6 5"));
        assertEquals("1796180517.679", field(call, "uniqueid"), "queue_log's callid");
        assertEquals("0", field(call, "wrap_up_seconds"), "the PBX's queues hold no wrap-up (wrapuptime = 0)");
        agreesWithThePbx("ring-no-answer-then-answered", call, "1796180517.679");
    }

    @Test
    void aBlindTransferKeepsBothQueueVisitsAndTheQueueItWentTo() throws Exception {
        String call = "1796180539.684";
        replay("blind-transfer.ami.txt");
        awaitDisposition(call, "ANSWERED");
        awaitFilled(call, "ended_at");
        awaitLegs(call, List.of("enquiries agent1 TRANSFERRED 1 3", "complaints agent7 ANSWERED 1 6"));
        assertEquals("complaints", field(call, "transferred_to"), "the queue, not the dialplan's xfer-complaints");
        assertEquals("2", field(call, "wait_seconds"), "wait seconds: 2 (sums over queue visits)");
        assertEquals("9", field(call, "talk_seconds"), "talk seconds: 9");
        assertEquals("agent1", field(call, "agent"), "the call is answered by its first agent");
        assertEquals("enquiries", field(call, "queue"));
        assertEquals(
                "1",
                SystemUnderTest.queryString("select count(*) from call_record where linkedid = ?", call),
                "one call");
        agreesWithThePbx("blind-transfer", call, "1796180539.685");

        // A supervisor finds the call from Asterisk's logs by queue_log's callid, and sees both visits.
        SystemUnderTest.ensureUser("pbx.supervisor", "PBX Supervisor", PASSWORD, org.hotline.common.Role.SUPERVISOR);
        SystemUnderTest.ensureUser("pbx.agent", "PBX Agent", PASSWORD, org.hotline.common.Role.AGENT);
        Api supervisor = Api.as("pbx.supervisor", PASSWORD);
        Api.Answer found = supervisor.get("/api/v1/telephony/calls/1796180539.685");
        assertEquals(200, found.status(), found.text());
        assertEquals(call, found.object().getString("linkedid"));
        assertEquals(2, found.object().getJsonArray("legs").size());
        assertEquals(
                "complaints",
                found.object().getJsonArray("legs").getJsonObject(1).getString("queue"));
        assertEquals(
                "agent7",
                found.object().getJsonArray("legs").getJsonObject(1).getString("agent"),
                "the PBX's name; agentName is the person an administrator gave the member to");
        assertEquals(
                call, supervisor.get("/api/v1/telephony/calls/" + call).object().getString("linkedid"));
        assertEquals(
                "1",
                SystemUnderTest.queryString(
                        "select count(*) from audit_entry where actor = 'pbx.supervisor'"
                                + " and action = 'CALL_VIEWED' and target_id = ? and detail = 'looked up by 1796180539.685'",
                        call));
        Api.Answer unknown = supervisor.get("/api/v1/telephony/calls/1796180539.999");
        assertEquals(404, unknown.status());
        assertTrue(unknown.contentType().startsWith("application/problem+json"), unknown.contentType());
        assertEquals(
                400,
                supervisor
                        .get("/api/v1/telephony/calls/1796180539.685%20or%201=1")
                        .status(),
                "not a call's id: a clear 400");
        assertEquals(
                403,
                Api.as("pbx.agent", PASSWORD)
                        .get("/api/v1/telephony/calls/" + call)
                        .status());
    }

    @Test
    void aCallerWhoHangsUpInTheIvrHasTheirNumberAndOnlyTheChoicesTheIvrMade() throws Exception {
        String call = "1796180561.690";
        replay("hangup-in-ivr.ami.txt");
        awaitDisposition(call, "IVR_ONLY");
        assertEquals("07709042001", field(call, "caller"), "the number from NewCallerid: callable, matchable");
        assertEquals("1796180561.691", field(call, "uniqueid"));
        assertEquals(
                "STEP=hours;STEP=language",
                field(call, "ivr_choices"),
                "the dialplan's preset HOTLINE_QUEUE is not the caller's choice");
        assertEquals(List.of(), legs(call), "never queued: no queue_log line at all");
    }

    @Test
    void theTicketStatusCallKeepsWhatTheIvrDecided() throws Exception {
        String call = "1796180576.692";
        replay("ticket-status-by-keypad.ami.txt");
        awaitDisposition(call, "ANSWERED"); // the old sample dialplan queued it anyway: what the PBX did is recorded
        awaitFilled(call, "talk_seconds");
        String choices = field(call, "ivr_choices");
        assertTrue(choices.contains("TOPIC=TICKET_STATUS") && choices.contains("ROUTE=hangup"), choices);
        assertFalse(choices.contains("QUEUE=enquiries"), "the IVR chose no queue; the dialplan preset one: " + choices);
        assertEquals("07707042001", field(call, "caller"));
    }

    /**
     * The AgentComplete Asterisk 22 sent once in a burst of 50 calls: only Queue, MemberName, HoldTime, TalkTime and
     * Reason. Here it replaces the real one of a capture (with the capture's ids moved, so that it is another call).
     */
    @Test
    void anAgentCompletionWithoutIdsIsMatchedByQueueAndMemberAndAnUnmatchableOneIsCounted() throws Exception {
        String call = "1796190517.678";
        List<String> events = new ArrayList<>();
        for (String event : FakeAsterisk.capturedEvents("ring-no-answer-then-answered.ami.txt")) {
            String moved = event.replace("1796180517.", "1796190517.");
            events.add(moved.startsWith("Event: AgentComplete\r\n") ? withoutIds(moved) : moved);
        }
        assertTrue(events.stream().anyMatch(e -> e.startsWith("Event: AgentComplete\r\n") && !e.contains("Linkedid")));
        long unmatchedBefore = unmatched();
        replay(events);
        awaitDisposition(call, "ANSWERED");
        awaitFilled(call, "talk_seconds");
        assertEquals("5", field(call, "talk_seconds"), "TalkTime of the id-less AgentComplete");
        awaitLegs(call, List.of("enquiries agent2 ANSWERED 6 5"));
        assertEquals(unmatchedBefore, unmatched(), "matched, not counted as unmatched");

        // The same completion again: agent2 has no call in hand any more, so it matches nothing and is counted.
        pbx.send(events.stream()
                .filter(e -> e.startsWith("Event: AgentComplete\r\n"))
                .findFirst()
                .orElseThrow());
        SystemUnderTest.eventually(
                Duration.ofSeconds(30),
                "the unmatched completion counted in the health check",
                () -> unmatched() == unmatchedBefore + 1);
        assertEquals("5", field(call, "talk_seconds"), "and nothing changed on the call");
    }

    private static String withoutIds(String agentComplete) {
        StringBuilder kept = new StringBuilder();
        for (String line : agentComplete.split("\r\n")) {
            if (line.matches("(Event|Privilege|Timestamp|Queue|MemberName|HoldTime|TalkTime|Reason): .*")) {
                kept.append(line).append("\r\n");
            }
        }
        return kept.append("\r\n").toString();
    }

    private static long unmatched() throws Exception {
        String health = SystemUnderTest.get(SystemUnderTest.HEALTH_URL, null).body();
        Matcher count = Pattern.compile("\"unmatched\":(\\d+)").matcher(health);
        assertTrue(count.find(), health);
        return Long.parseLong(count.group(1));
    }

    @Test
    void anIdleLinkStaysUpThroughTheSocketTimeout() throws Exception {
        int logins = pbx.logins();
        int pings = pbx.actions("Ping").size();
        // The read timeout is 60 s: without a keep-alive both connections drop and log in again after it.
        SystemUnderTest.eventually(
                Duration.ofSeconds(120),
                "keep-alive pings over more than a read timeout",
                () -> pbx.actions("Ping").size() >= pings + 7);
        assertEquals(logins, pbx.logins(), "no reconnect, so no resync");
    }
}
