package org.hotline.it;

import static org.hotline.it.CallRecords.awaitDisposition;
import static org.hotline.it.CallRecords.awaitFilled;
import static org.hotline.it.CallRecords.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The call log fed by a faithful fake Asterisk over TCP: a real capture of an answered queue call becomes one record,
 * duplicated and reordered events change nothing, a malformed block is skipped, and a dropped connection comes back.
 */
class CallLogIT {

    private static final String CAPTURED_CALL = "1795666179.0";
    private static FakeAsterisk pbx;
    private static List<String> capture;

    @BeforeAll
    static void pbxUp() throws Exception {
        pbx = TestPbx.get();
        capture = FakeAsterisk.capturedEvents("answered-queue-call.ami.txt");
    }

    @Test
    void theCapturedAnsweredCallBecomesOneRecordWhateverTheOrderAndRepeats() throws Exception {
        for (String event : capture) {
            pbx.send(event);
        }
        awaitDisposition(CAPTURED_CALL, "ANSWERED");
        awaitFilled(CAPTURED_CALL, "talk_seconds"); // the capture's last events are written after the answer
        awaitFilled(CAPTURED_CALL, "ended_at");
        assertEquals("0123456789", field(CAPTURED_CALL, "caller"));
        assertEquals("Test Caller", field(CAPTURED_CALL, "caller_name"));
        assertEquals("enquiries", field(CAPTURED_CALL, "queue"));
        assertEquals("Agent One", field(CAPTURED_CALL, "agent"));
        assertEquals("6", field(CAPTURED_CALL, "talk_seconds"));
        assertNotNull(field(CAPTURED_CALL, "ended_at"));
        String answeredAt = field(CAPTURED_CALL, "answered_at");
        String endedAt = field(CAPTURED_CALL, "ended_at");

        List<String> noisy = new ArrayList<>(capture);
        noisy.addAll(capture);
        Collections.shuffle(noisy, new Random(5599));
        for (String event : noisy) {
            pbx.send(event);
        }
        awaitMarker(CAPTURED_CALL); // written after every replayed event of the call
        assertEquals(
                "1",
                SystemUnderTest.queryString("select count(*) from call_record where linkedid = ?", CAPTURED_CALL),
                "one record per call");
        assertEquals("ANSWERED", field(CAPTURED_CALL, "disposition"));
        assertEquals(answeredAt, field(CAPTURED_CALL, "answered_at"), "replayed events do not move the times");
        assertEquals(endedAt, field(CAPTURED_CALL, "ended_at"));
    }

    @Test
    void healthShowsThePbxLinkAndItsBacklog() throws Exception {
        String health = SystemUnderTest.get(SystemUnderTest.HEALTH_URL, null).body();
        assertTrue(health.contains("\"name\":\"pbx\",\"status\":\"UP\""), health);
        assertTrue(health.contains("\"configured\":true") && health.contains("\"connected\":true"), health);
        assertTrue(health.contains("\"backlog\":"), health);
    }

    @Test
    void aMalformedBlockIsSkippedAndTheConnectionLivesOn() throws Exception {
        pbx.send("Event: Newchannel\r\nthis line is not a header\r\n: and this has no name\r\n\r\n");
        String linkedid = "1795666999.7";
        pbx.send(newChannel(linkedid, "07701234567"));
        pbx.send(hangup(linkedid));
        awaitDisposition(linkedid, "FAILED");
        assertEquals("07701234567", field(linkedid, "caller"));
    }

    @Test
    void afterThePbxDropsTheConnectionTheApplicationLogsInAgainAndGoesOn() throws Exception {
        TestPbx.restart(pbx);
        String linkedid = "1795667000.9";
        pbx.send(newChannel(linkedid, "07801234567"));
        pbx.send(hangup(linkedid));
        awaitDisposition(linkedid, "FAILED");
    }

    @Test
    void afterAReconnectCallsAreReconciledWithWhatThePbxStillHas() throws Exception {
        String lostWhileAway = "1795668000.1";
        String begunWhileAway = "1795668000.5";
        pbx.send(newChannel(lostWhileAway, "07701112233"));
        awaitDisposition(lostWhileAway, "IN_PROGRESS");

        pbx.activeChannels(List.<String[]>of(new String[] {begunWhileAway, "07705556666", "00:00:42"}));
        TestPbx.restart(pbx);

        awaitDisposition(lostWhileAway, "INCOMPLETE");
        awaitDisposition(begunWhileAway, "IN_PROGRESS");
        assertEquals("07705556666", field(begunWhileAway, "caller"), "a call begun while away is entered");
        pbx.activeChannels(List.of());

        pbx.send(hangup(lostWhileAway));
        awaitDisposition(lostWhileAway, "FAILED"); // a late event still completes it
    }

    @Test
    void aCallerWhoGivesUpInTheQueueGetsOneCallbackTaskWhileItIsOpen() throws Exception {
        for (String linkedid : List.of("1795669000.1", "1795669100.1")) {
            pbx.send(newChannel(linkedid, "07712223344"));
            pbx.send(queueEvent("QueueCallerJoin", linkedid, "07712223344", "Position: 1\r\nCount: 1\r\n"));
            pbx.send(queueEvent(
                    "QueueCallerAbandon",
                    linkedid,
                    "07712223344",
                    "Position: 1\r\nOriginalPosition: 1\r\nHoldTime: 35\r\n"));
            pbx.send(hangup(linkedid));
            awaitDisposition(linkedid, "ABANDONED");
            assertEquals("35", field(linkedid, "wait_seconds"));
        }
        // The callback task is opened after the call's hang-up is committed, before the call's lane takes its next
        // event: once the marker behind the second call's hang-up is written, a second task would be there too.
        awaitMarker("1795669100.1");
        String openCallbacks = "select count(*) from ticket t join citizen_phone p on p.citizen_id = t.citizen_id"
                + " where p.e164 = '+9647712223344' and t.type = 'CALLBACK' and t.status not in ('RESOLVED', 'CLOSED')";
        assertEquals("1", SystemUnderTest.queryString(openCallbacks), "one callback task per caller while open");
    }

    /**
     * Sends a marker behind everything sent so far about the call, and waits until the call log has written it: a
     * recording's name (the VarSet of MIXMONITOR_FILENAME), which changes neither the call's times nor its
     * disposition. The call's signals are written one after another in the order they came, so once the marker is
     * written every earlier event of the call has been, with what followed it in the same write (a callback task).
     */
    private static void awaitMarker(String linkedid) throws Exception {
        String recording = "marker-" + linkedid + ".wav"; // a call keeps the first recording named: one marker a call
        pbx.send("Event: VarSet\r\nPrivilege: dialplan,all\r\nTimestamp: 1795669009.000000\r\nChannel: "
                + PbxCalls.callerChannel(linkedid) + "\r\nChannelState: 6\r\nChannelStateDesc: Up\r\n"
                + "CallerIDNum: <unknown>\r\nCallerIDName: <unknown>\r\nConnectedLineNum: <unknown>\r\n"
                + "ConnectedLineName: <unknown>\r\nLanguage: ar\r\nAccountCode: \r\nContext: hotline\r\nExten: 5599\r\n"
                + "Priority: 9\r\nUniqueid: " + linkedid + "\r\nLinkedid: " + linkedid
                + "\r\nVariable: MIXMONITOR_FILENAME\r\nValue: " + recording + "\r\n\r\n");
        SystemUnderTest.eventually(
                Duration.ofSeconds(30),
                "the marker written on call " + linkedid,
                () -> recording.equals(field(linkedid, "recording")));
    }

    private static String queueEvent(String name, String linkedid, String caller, String extra) {
        return "Event: " + name + "\r\nPrivilege: agent,all\r\nTimestamp: 1795669001.000000\r\n"
                + "Channel: PJSIP/trunk-0000000b\r\nChannelState: 6\r\nChannelStateDesc: Up\r\nCallerIDNum: " + caller
                + "\r\nCallerIDName: <unknown>\r\nConnectedLineNum: <unknown>\r\nConnectedLineName: <unknown>\r\n"
                + "Language: ar\r\nAccountCode: \r\nContext: hotline\r\nExten: 5599\r\nPriority: 7\r\nUniqueid: "
                + linkedid + "\r\nLinkedid: " + linkedid + "\r\nQueue: enquiries\r\n" + extra + "\r\n";
    }

    private static String newChannel(String linkedid, String caller) {
        return "Event: Newchannel\r\nPrivilege: call,all\r\nTimestamp: 1795667000.100000\r\n"
                + "Channel: PJSIP/trunk-00000009\r\nChannelState: 4\r\nChannelStateDesc: Ring\r\nCallerIDNum: " + caller
                + "\r\nCallerIDName: <unknown>\r\nConnectedLineNum: <unknown>\r\nConnectedLineName: <unknown>\r\n"
                + "Language: ar\r\nAccountCode: \r\nContext: hotline\r\nExten: 5599\r\nPriority: 1\r\nUniqueid: "
                + linkedid + "\r\nLinkedid: " + linkedid + "\r\n\r\n";
    }

    private static String hangup(String linkedid) {
        return "Event: Hangup\r\nPrivilege: call,all\r\nTimestamp: 1795667003.200000\r\n"
                + "Channel: PJSIP/trunk-00000009\r\nChannelState: 6\r\nChannelStateDesc: Up\r\nCallerIDNum: 07701234567\r\n"
                + "CallerIDName: <unknown>\r\nConnectedLineNum: <unknown>\r\nConnectedLineName: <unknown>\r\n"
                + "Language: ar\r\nAccountCode: \r\nContext: hotline\r\nExten: 5599\r\nPriority: 2\r\nUniqueid: "
                + linkedid + "\r\nLinkedid: " + linkedid + "\r\nCause: 16\r\nCause-txt: Normal Clearing\r\n\r\n";
    }
}
