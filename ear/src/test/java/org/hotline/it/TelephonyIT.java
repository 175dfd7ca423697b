package org.hotline.it;

import static org.hotline.it.CallRecords.awaitDisposition;
import static org.hotline.it.CallRecords.awaitFilled;
import static org.hotline.it.CallRecords.field;
import static org.hotline.it.SystemUnderTest.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hotline.common.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The telephony scenarios against the fake Asterisk: agents' queue sign-in, pause and state as the PBX reports them;
 * a call that rings an agent who does not answer, a transfer, an after-hours call; the call linked to the citizen and
 * to the ticket opened during it; click-to-call and its result; the queue picture rebuilt after a reconnect; the
 * metrics.
 */
class TelephonyIT {

    private static final String PASSWORD = "a long test passphrase 5599";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static FakeAsterisk pbx;

    @BeforeAll
    static void pbxAndPeople() throws Exception {
        pbx = TestPbx.get();
        SystemUnderTest.ensureAgentWithPhone("tel.agent", "وكيل الهاتف", PASSWORD, "PJSIP/1101");
        SystemUnderTest.ensureAgentWithPhone("tel.caller", "Callback Agent", PASSWORD, "PJSIP/1103");
        SystemUnderTest.ensureAgentWithPhone("tel.wrapup", "Wrap Up", PASSWORD, "PJSIP/1102");
        SystemUnderTest.ensureUser("tel.nophone", "No Phone", PASSWORD, Role.AGENT);
        SystemUnderTest.ensureUser("tel.supervisor", "Live Supervisor", PASSWORD, Role.SUPERVISOR);
    }

    private static JsonObject console(Api agent) throws Exception {
        Api.Answer answer = agent.get("/api/v1/phone");
        assertEquals(200, answer.status(), answer.text());
        return answer.object();
    }

    private static String state(Api agent) throws Exception {
        return console(agent).getString("state", null);
    }

    @Test
    void anAgentSignsInPausesAndResumesOnThePbxAndTheConsoleShowsWhatThePbxReports() throws Exception {
        Api agent = Api.as("tel.agent", PASSWORD);
        assertEquals("SIGNED_OUT", state(agent));

        assertEquals(
                202,
                agent.put("/api/v1/phone/queues", "{\"queues\":[\"enquiries\",\"status\"]}")
                        .status());
        Map<String, String> member = pbx.member("enquiries", "PJSIP/1101");
        assertNotNull(member, "QueueAdd reached the PBX");
        assertNotNull(pbx.member("status", "PJSIP/1101"));
        assertNull(pbx.member("complaints", "PJSIP/1101"), "only the queues asked for");
        eventually(PATIENCE, "console AVAILABLE", () -> "AVAILABLE".equals(state(agent)));

        assertEquals(
                202,
                agent.post("/api/v1/phone/pause", "{\"reason\":\"PRAYER\"}").status());
        eventually(PATIENCE, "console PAUSED", () -> "PAUSED".equals(state(agent)));
        assertEquals("PRAYER", console(agent).getString("pauseReason"));
        assertEquals(
                "PRAYER",
                pbx.actions("QueuePause")
                        .get(pbx.actions("QueuePause").size() - 1)
                        .get("reason"));

        assertEquals(202, agent.delete("/api/v1/phone/pause").status());
        eventually(PATIENCE, "console AVAILABLE again", () -> "AVAILABLE".equals(state(agent)));

        pbx.memberStatus("PJSIP/1101", FakeAsterisk.UNAVAILABLE); // the phone itself went away: the PBX says so
        eventually(PATIENCE, "console shows the phone unreachable", () -> "UNAVAILABLE".equals(state(agent)));
        pbx.memberStatus("PJSIP/1101", FakeAsterisk.NOT_IN_USE);
        eventually(PATIENCE, "console AVAILABLE after the phone came back", () -> "AVAILABLE".equals(state(agent)));

        assertEquals(202, agent.delete("/api/v1/phone/queues").status());
        eventually(PATIENCE, "console SIGNED_OUT", () -> "SIGNED_OUT".equals(state(agent)));
        assertNull(pbx.member("enquiries", "PJSIP/1101"), "QueueRemove reached the PBX");
    }

    @Test
    void anAnsweredQueueCallShowsOnTheConsoleThenWrapUpThenAvailableAgain() throws Exception {
        Api agent = Api.as("tel.wrapup", PASSWORD);
        assertEquals(
                202,
                agent.put("/api/v1/phone/queues", "{\"queues\":[\"status\"]}").status());
        eventually(PATIENCE, "console AVAILABLE", () -> "AVAILABLE".equals(state(agent)));
        String linkedid = "1795700150.1";
        List<String> call =
                PbxCalls.answered(linkedid, "07701500150", "status", "PJSIP/1102", "Wrap Up", Instant.now(), 2, 20);
        int completes = 0;
        while (!call.get(completes).startsWith("Event: AgentComplete")) {
            pbx.send(call.get(completes++));
        }
        eventually(PATIENCE, "console ON_CALL", () -> "ON_CALL".equals(state(agent)));
        assertEquals(linkedid, console(agent).getJsonObject("call").getString("linkedid"));
        for (String block : call.subList(completes, call.size())) {
            pbx.send(block);
        }
        eventually(PATIENCE, "console WRAP_UP", () -> "WRAP_UP".equals(state(agent)));
        assertNotNull(console(agent).getString("wrapUpUntil", null));
        eventually(
                PATIENCE,
                "AVAILABLE once the status queue's wrap-up (3 s here) is over",
                () -> "AVAILABLE".equals(state(agent)));
        assertEquals(202, agent.delete("/api/v1/phone/queues").status());
    }

    @Test
    void badPhoneRequestsGetAClearProblemAndChangeNothing() throws Exception {
        Api agent = Api.as("tel.agent", PASSWORD);
        int adds = pbx.actions("QueueAdd").size();
        Api.Answer unknownQueue = agent.put("/api/v1/phone/queues", "{\"queues\":[\"no-such-queue\"]}");
        assertEquals(400, unknownQueue.status(), unknownQueue.text());
        assertTrue(unknownQueue.contentType().startsWith("application/problem+json"), unknownQueue.contentType());
        assertEquals(adds, pbx.actions("QueueAdd").size(), "nothing sent to the PBX");

        Api.Answer badReason = agent.post("/api/v1/phone/pause", "{\"reason\":\"NAP\"}");
        assertEquals(400, badReason.status(), badReason.text());

        Api.Answer noPhone =
                Api.as("tel.nophone", PASSWORD).put("/api/v1/phone/queues", "{\"queues\":[\"enquiries\"]}");
        assertEquals(409, noPhone.status(), noPhone.text());
        assertTrue(noPhone.text().contains("no-phone"), noPhone.text());

        Api.Answer supervisor = Api.as("tel.supervisor", PASSWORD).get("/api/v1/phone");
        assertEquals(403, supervisor.status(), "the phone is the agents'");
    }

    @Test
    void aCallThatRingsAnAgentWhoDoesNotAnswerIsAnsweredByTheNextAndStaysOneCall() throws Exception {
        String linkedid = "1795700200.1";
        for (String block : PbxCalls.ringNoAnswerThenAnswered(
                linkedid,
                "07701200200",
                "enquiries",
                "PJSIP/1201",
                "Agent 1201",
                "PJSIP/1202",
                "Agent 1202",
                Instant.now(),
                20,
                30)) {
            pbx.send(block);
        }
        awaitDisposition(linkedid, "ANSWERED");
        awaitFilled(linkedid, "talk_seconds");
        assertEquals("Agent 1202", field(linkedid, "agent"), "the agent who answered, not the one who let it ring");
        assertEquals("1", SystemUnderTest.queryString("select count(*) from call_record where linkedid = ?", linkedid));
    }

    @Test
    void aBlindTransferKeepsOneAnsweredCallWithItsAgentAndWhereItWent() throws Exception {
        String linkedid = "1795700300.1";
        for (String block : PbxCalls.blindTransfer(
                linkedid, "07701300300", "complaints", "PJSIP/1301", "Agent 1301", "6001", Instant.now(), 5, 40)) {
            pbx.send(block);
        }
        awaitDisposition(linkedid, "ANSWERED");
        awaitFilled(linkedid, "transferred_to");
        awaitFilled(linkedid, "ended_at");
        assertEquals("6001", field(linkedid, "transferred_to"));
        assertEquals("Agent 1301", field(linkedid, "agent"));
        assertEquals("1", SystemUnderTest.queryString("select count(*) from call_record where linkedid = ?", linkedid));
    }

    @Test
    void aCallAfterHoursIsRecordedAsSuchWithTheCallersChoice() throws Exception {
        String linkedid = "1795700400.1";
        for (String block : PbxCalls.afterHours(linkedid, "07701400400", Instant.now())) {
            pbx.send(block);
        }
        awaitDisposition(linkedid, "AFTER_HOURS");
        assertTrue(field(linkedid, "ivr_choices").contains("CALLBACK=requested"), field(linkedid, "ivr_choices"));
    }

    @Test
    void aCallIsLinkedToTheCitizenByNumberAndToTheTicketOpenedDuringIt() throws Exception {
        Api agent = Api.as("tel.agent", PASSWORD);
        String citizenId = SystemUnderTest.ensureCitizen(agent, "07705005005", "علي حسن");

        String linkedid = "1795700500.1";
        for (String block : PbxCalls.answered(
                linkedid, "07705005005", "enquiries", "PJSIP/1101", "وكيل الهاتف", Instant.now(), 4, 60)) {
            pbx.send(block);
        }
        awaitDisposition(linkedid, "ANSWERED");
        awaitFilled(linkedid, "citizen_id");
        assertEquals(citizenId, field(linkedid, "citizen_id"));

        Api.Answer ticket = agent.post(
                "/api/v1/tickets",
                "{\"type\":\"ENQUIRY\",\"channel\":\"PHONE\","
                        + "\"subject\":\"استفسار أثناء المكالمة\",\"citizenId\":" + citizenId + ",\"callLinkedid\":\""
                        + linkedid + "\"}");
        assertEquals(201, ticket.status(), ticket.text());
        assertEquals(linkedid, ticket.object().getString("callLinkedid"));

        Api.Answer badLink = agent.post(
                "/api/v1/tickets",
                "{\"type\":\"ENQUIRY\",\"channel\":\"PHONE\","
                        + "\"subject\":\"رابط خاطئ\",\"callLinkedid\":\"'; drop table ticket\"}");
        assertEquals(400, badLink.status(), badLink.text());
        assertTrue(badLink.text().contains("callLinkedid"), badLink.text());

        // Another agent cannot link a ticket to the call (its recording would be the desk's to hear), nor anyone to a
        // call that never was: the same refusal for both, and no ticket.
        String enquiry = "{\"type\":\"ENQUIRY\",\"channel\":\"PHONE\",\"subject\":\"استفسار\",\"callLinkedid\":\"";
        Api.Answer colleagues = Api.as("tel.caller", PASSWORD).post("/api/v1/tickets", enquiry + linkedid + "\"}");
        Api.Answer neverWas = agent.post("/api/v1/tickets", enquiry + "1795700500.999\"}");
        for (Api.Answer refused : List.of(colleagues, neverWas)) {
            assertEquals(400, refused.status(), refused.text());
            assertEquals(
                    "callLinkedid",
                    refused.object().getJsonArray("errors").getJsonObject(0).getString("field"));
        }
        assertEquals(colleagues.object().getString("detail"), neverWas.object().getString("detail"));
        assertEquals(
                "1",
                SystemUnderTest.queryString("select count(*) from ticket where call_linkedid = ?", linkedid),
                "only the ticket its agent opened");
    }

    @Test
    void clickToCallRingsTheAgentThenTheCitizenAndTheTicketRecordsHowItEnded() throws Exception {
        Api agent = Api.as("tel.caller", PASSWORD);
        String citizenId = SystemUnderTest.ensureCitizen(agent, "07706006006", "مريم جاسم");
        String number = agent.post(
                        "/api/v1/tickets",
                        "{\"type\":\"CALLBACK\",\"channel\":\"PHONE\"," + "\"subject\":\"معاودة اتصال\",\"citizenId\":"
                                + citizenId + "}")
                .object()
                .getString("number");

        pbx.originateOutcome(3); // rang out: no answer
        assertEquals(202, agent.post("/api/v1/phone/callbacks/" + number, "").status());
        List<Map<String, String>> originates = pbx.actions("Originate");
        Map<String, String> originate = originates.get(originates.size() - 1);
        assertEquals("PJSIP/1103", originate.get("channel"), "the agent's phone rings first");
        assertEquals("07706006006", originate.get("exten"), "then the citizen's number");
        assertEquals("hotline-callback", originate.get("context"));
        eventually(
                PATIENCE,
                "the result on the ticket",
                () -> timeline(agent, number).contains("NO_ANSWER"));

        pbx.originateOutcome(FakeAsterisk.ANSWERED);
        assertEquals(202, agent.post("/api/v1/phone/callbacks/" + number, "").status());
        eventually(
                PATIENCE,
                "the answered callback on the ticket",
                () -> timeline(agent, number).contains("ANSWERED"));
        assertNotNull(
                agent.get("/api/v1/tickets/" + number).object().getString("firstRespondedAt", null),
                "a citizen who answered has had a first response");
    }

    private static String timeline(Api agent, String number) throws Exception {
        return agent.get("/api/v1/tickets/" + number)
                .object()
                .getJsonArray("timeline")
                .toString();
    }

    @Test
    void afterAReconnectTheQueuesAgentsAndWaitingCallersComeFromQueueStatus() throws Exception {
        pbx.member("complaints", "PJSIP/1401", "Agent 1401"); // signed in from the phone while the link was down
        pbx.waiting("complaints", "1795700600.1", "07701600600", 42);
        // Kept as signed in, but gone from the PBX while the link was down (or its sign-out row was lost).
        SystemUnderTest.execute("insert into agent_presence (phone_interface, agent, at, state) values ('PJSIP/1498',"
                + " 'Agent 1498', utc_timestamp(6) - interval 1 hour, 'SIGNED_IN')");
        try {
            TestPbx.restart(pbx);
            eventually(
                    PATIENCE,
                    "the presence kept in line with the PBX's picture",
                    () -> "SIGNED_OUT"
                                    .equals(SystemUnderTest.queryString(
                                            "select state from agent_presence where phone_interface ="
                                                    + " 'PJSIP/1498' order by at desc, id desc limit 1"))
                            && "SIGNED_IN"
                                    .equals(SystemUnderTest.queryString("select state from agent_presence where"
                                            + " phone_interface = 'PJSIP/1401' order by at desc, id desc limit 1")));
            Api supervisor = Api.as("tel.supervisor", PASSWORD);
            eventually(PATIENCE, "the live view shows the PBX's queue", () -> {
                JsonObject live = supervisor.get("/api/v1/telephony/live").object();
                return live.getJsonArray("queues").getValuesAs(JsonObject.class).stream()
                                .anyMatch(q -> "complaints".equals(q.getString("queue")) && q.getInt("waiting") == 1)
                        && live.getJsonArray("agents").getValuesAs(JsonObject.class).stream()
                                .anyMatch(a -> "PJSIP/1401".equals(a.getString("phoneInterface")));
            });
            JsonObject complaints = supervisor
                    .get("/api/v1/telephony/live")
                    .object()
                    .getJsonArray("queues")
                    .getValuesAs(JsonObject.class)
                    .stream()
                    .filter(q -> "complaints".equals(q.getString("queue")))
                    .findFirst()
                    .orElseThrow();
            long waited = Duration.between(Instant.parse(complaints.getString("longestWaitingSince")), Instant.now())
                    .toSeconds();
            assertTrue(waited >= 42 && waited < 120, "the caller has waited since before the reconnect: " + waited);
        } finally {
            pbx.clearWaiting();
        }
    }

    @Test
    void metricsShowTheLinkTheBacklogAndTheQueuesToSupervisorsAndAdministratorsOnly() throws Exception {
        HttpResponse<byte[]> metrics =
                Api.as("admin", SystemUnderTest.ADMIN_PASSWORD).download("/api/v1/telephony/metrics");
        String text = new String(metrics.body(), StandardCharsets.UTF_8);
        assertEquals(200, metrics.statusCode(), text);
        assertTrue(metrics.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        assertTrue(text.contains("\nhotline_pbx_connected 1\n"), text);
        assertTrue(text.contains("\nhotline_call_events_backlog "), text);
        assertTrue(text.contains("hotline_call_events_backlog_age_seconds "), text);
        assertTrue(text.contains("hotline_queue_waiting{queue=\"enquiries\"} "), text);
        assertEquals(
                403,
                Api.as("tel.agent", PASSWORD)
                        .download("/api/v1/telephony/metrics")
                        .statusCode());
        String health = SystemUnderTest.get(SystemUnderTest.HEALTH_URL, null).body();
        assertTrue(health.contains("\"backlogAgeMillis\":"), health);
    }
}
