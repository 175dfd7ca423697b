package org.hotline.it;

import static org.hotline.it.CallRecords.awaitDisposition;
import static org.hotline.it.CallRecords.awaitFilled;
import static org.hotline.it.CallRecords.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * /health tells monitors whether the application can serve: UP with its database, DOWN (503) while the database is
 * stopped, and UP again by itself once it is back. Calls that go on while the database is away are not lost: the PBX's
 * events are held and written once it is back, so a supervisor sees each call's true outcome.
 */
class DatabaseOutageIT {

    private static final String DATABASE_UP = "{\"name\":\"database\",\"status\":\"UP\"}";
    private static final String DATABASE_DOWN = "{\"name\":\"database\",\"status\":\"DOWN\"}";

    @Test
    void healthFollowsTheDatabaseDownAndBackUp() throws Exception {
        HttpResponse<String> healthy = waitForHealth(200);
        assertEquals(200, healthy.statusCode(), healthy.body());
        assertTrue(healthy.body().contains(DATABASE_UP), healthy.body());
        assertTrue(healthy.body().startsWith("{\"status\":\"UP\""), healthy.body());

        SystemUnderTest.database("stop");
        try {
            HttpResponse<String> down = waitForHealth(503);
            assertEquals(503, down.statusCode(), down.body());
            assertTrue(down.body().startsWith("{\"status\":\"DOWN\""), down.body());
            assertTrue(down.body().contains(DATABASE_DOWN), down.body());
        } finally {
            SystemUnderTest.database("start");
        }

        HttpResponse<String> recovered = waitForHealth(200);
        assertEquals(200, recovered.statusCode(), recovered.body());
        assertTrue(recovered.body().contains(DATABASE_UP), recovered.body());
        assertEquals(
                200,
                SystemUnderTest.get(SystemUnderTest.BASE_URL + "/login.xhtml", null)
                        .statusCode());
    }

    @Test
    void callsThatEndWhileTheDatabaseIsAwayHaveTheirTrueOutcomeOnceItIsBack() throws Exception {
        FakeAsterisk pbx = TestPbx.get();
        String answered = "1795710000.1";
        String abandoned = "1795710100.1";
        String abandonedCaller = "07713334455";
        Instant start = Instant.now().minusSeconds(30);
        List<String> answeredCall =
                PbxCalls.answered(answered, "07703003000", "enquiries", "PJSIP/1701", "Agent 1701", start, 8, 20);
        int ringing = PbxCalls.indexOf(answeredCall, "Event: AgentCalled");
        send(pbx, answeredCall.subList(0, ringing));
        awaitFilled(answered, "queue_joined_at"); // waiting in the queue, written
        assertEquals("IN_PROGRESS", field(answered, "disposition"));
        waitForHealth(200);

        SystemUnderTest.database("stop");
        try {
            waitForHealth(503);
            send(pbx, answeredCall.subList(ringing, answeredCall.size())); // answered, talked, hung up
            send(
                    pbx,
                    PbxCalls.abandoned(
                            abandoned,
                            abandonedCaller,
                            "enquiries",
                            "PJSIP/1702",
                            "Agent 1702",
                            start.plusSeconds(5),
                            12)); // begun and given up
            SystemUnderTest.eventually(
                    Duration.ofMinutes(1),
                    "the call events held for the database",
                    () -> SystemUnderTest.get(SystemUnderTest.HEALTH_URL, null)
                            .body()
                            .contains("\"waitingForDatabase\":true"));
        } finally {
            SystemUnderTest.database("start");
        }
        waitForHealth(200);

        awaitDisposition(answered, "ANSWERED");
        awaitFilled(answered, "ended_at");
        assertEquals("Agent 1701", field(answered, "agent"));
        assertEquals("8", field(answered, "wait_seconds"));
        assertEquals("20", field(answered, "talk_seconds"));
        awaitDisposition(abandoned, "ABANDONED");
        assertEquals("12", field(abandoned, "wait_seconds"));
        assertNotNull(field(abandoned, "ended_at"));
        String openCallbacks = "select count(*) from ticket t join citizen_phone p on p.citizen_id = t.citizen_id"
                + " where p.e164 = ? and t.type = 'CALLBACK' and t.status not in ('RESOLVED', 'CLOSED')";
        SystemUnderTest.eventually(
                Duration.ofSeconds(30),
                "a callback task for the caller who gave up",
                () -> "1".equals(SystemUnderTest.queryString(openCallbacks, "+964" + abandonedCaller.substring(1))));
        String health = SystemUnderTest.get(SystemUnderTest.HEALTH_URL, null).body();
        assertTrue(health.contains("\"waitingForDatabase\":false"), health);
    }

    private static void send(FakeAsterisk pbx, List<String> blocks) throws Exception {
        for (String block : blocks) {
            pbx.send(block);
        }
    }

    /** Health is polled, not timed: the answer changes within seconds, and the wait gives up after two minutes. */
    private static HttpResponse<String> waitForHealth(int status) {
        return SystemUnderTest.eventually(
                Duration.ofMinutes(2),
                "health answering " + status,
                () -> SystemUnderTest.get(SystemUnderTest.HEALTH_URL, null),
                answer -> answer.statusCode() == status);
    }
}
