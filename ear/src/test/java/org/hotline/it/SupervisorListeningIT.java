package org.hotline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hotline.common.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Supervisors listening to live calls, against the fake PBX: a supervisor picks an agent's call in the live view,
 * a mode and a reason; the PBX is asked for exactly one Originate (the supervisor's own phone, ChanSpy on that agent's
 * channel with the mode's options), the use is in the audit log with its reason, and the agent's page says a supervisor
 * has joined. A call that has ended is refused, in the page and the API; agents, officers, administrators and anonymous
 * callers are refused; what is typed into the request never reaches the PBX as anything but the call it names.
 */
class SupervisorListeningIT {

    private static final String PASSWORD = "a long test passphrase 5599";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String SUPERVISOR = "listen.supervisor";
    private static final String SUPERVISOR_PHONE = "PJSIP/2801";
    private static final String NOT_LISTENABLE = "لا يمكن الاستماع إلى هذه المكالمة: انتهت، أو لم يعد الموظف فيها،"
            + " أو هي مكالمة شكوى ضد موظف لا يسمعها إلا ضباط مكافحة الفساد.";
    private static final Pattern DEST_CHANNEL = Pattern.compile("(?m)^DestChannel: (\\S+)\\r?$");
    private static FakeAsterisk pbx;

    @BeforeAll
    static void agentsAndSupervisors() throws Exception {
        pbx = TestPbx.get();
        SystemUnderTest.ensureAgentWithPhone("listen.agent", "Listen Agent", PASSWORD, "PJSIP/1801");
        SystemUnderTest.ensureAgentWithPhone("listen.agent2", "Listen Agent Two", PASSWORD, "PJSIP/1802");
        SystemUnderTest.ensureUser(SUPERVISOR, "Listen Supervisor", PASSWORD, Role.SUPERVISOR);
        // the supervisor's own phone, as an administrator sets it on the users page
        SystemUnderTest.execute(
                "update user_account set phone_interface = ? where username = ?", SUPERVISOR_PHONE, SUPERVISOR);
        SystemUnderTest.ensureUser("listen.nophone", "Phoneless Supervisor", PASSWORD, Role.SUPERVISOR);
        SystemUnderTest.ensureUser("listen.officer", "Listen Officer", PASSWORD, Role.OFFICER);
        pbx.originateOutcome(FakeAsterisk.ANSWERED); // the supervisor answers their phone
        for (String agent : List.of("listen.agent", "listen.agent2")) {
            assertEquals(
                    202,
                    Api.as(agent, PASSWORD)
                            .put("/api/v1/phone/queues", "{\"queues\":[\"enquiries\"]}")
                            .status());
        }
    }

    /** The agents leave the queue, so that the live view of the classes after this one is as they left it. */
    @AfterAll
    static void agentsSignOut() throws Exception {
        for (String agent : List.of("listen.agent", "listen.agent2")) {
            Api.as(agent, PASSWORD).delete("/api/v1/phone/queues");
        }
    }

    /** Sends a call's events up to the answer and a minute of talk: the call is live. Returns the rest of them. */
    private static List<String> liveCall(String linkedid, String caller, String agentPhone, String agentName)
            throws Exception {
        return liveCall(linkedid, caller, "enquiries", agentPhone, agentName);
    }

    private static List<String> liveCall(
            String linkedid, String caller, String queue, String agentPhone, String agentName) throws Exception {
        List<String> call = PbxCalls.answered(linkedid, caller, queue, agentPhone, agentName, Instant.now(), 2, 600);
        int talking = PbxCalls.indexOf(call, "Event: AgentComplete");
        for (String block : call.subList(0, talking)) {
            pbx.send(block);
        }
        return call.subList(talking, call.size());
    }

    /** The agent's channel as the PBX named it in the call's AgentConnect. */
    private static String agentChannel(String linkedid, String caller, String agentPhone, String agentName) {
        List<String> call =
                PbxCalls.answered(linkedid, caller, "enquiries", agentPhone, agentName, Instant.now(), 2, 600);
        Matcher channel = DEST_CHANNEL.matcher(call.get(PbxCalls.indexOf(call, "Event: AgentConnect")));
        assertTrue(channel.find());
        return channel.group(1);
    }

    private static List<Map<String, String>> originatesTo(String phone) {
        return pbx.actions("Originate").stream()
                .filter(action -> phone.equals(action.get("channel")))
                .toList();
    }

    private static String audited(String column, String linkedid) throws Exception {
        return SystemUnderTest.queryString(
                "select " + column + " from audit_entry where actor = ? and target_type = 'call' and target_id = ?"
                        + " order by id desc limit 1",
                SUPERVISOR,
                linkedid);
    }

    private static long count(String sql, Object... parameters) throws Exception {
        return Long.parseLong(SystemUnderTest.queryString(sql, parameters));
    }

    private static String listenButton(String phone) {
        return "button.live-listen[data-listen-phone='" + phone + "']";
    }

    @Test
    void aSupervisorWhispersToAnAgentFromTheLiveViewAndTheAgentIsTold() throws Exception {
        String linkedid = "1795801000.10";
        String caller = "07708018010";
        try (Browser agent = new Browser();
                Browser supervisor = new Browser()) {
            agent.signIn("listen.agent", PASSWORD);
            agent.waitUntil("return document.getElementById('screenPop').dataset.connected === 'true'", PATIENCE);
            supervisor.signIn(SUPERVISOR, PASSWORD);
            supervisor.open("/supervisor/index.xhtml");
            assertEquals(SUPERVISOR_PHONE, supervisor.text(By.id("listenPhone")), "the phone that will ring");

            List<String> rest = liveCall(linkedid, caller, "PJSIP/1801", "Listen Agent");
            String channel = agentChannel(linkedid, caller, "PJSIP/1801", "Listen Agent");
            By button = By.cssSelector(listenButton("PJSIP/1801"));
            supervisor.waitForShown(button);
            assertEquals("استماع", supervisor.text(button));
            supervisor.click(button);
            assertTrue(
                    supervisor.text(By.id("listenChosen")).contains("PJSIP/1801"),
                    supervisor.text(By.id("listenChosen")));
            supervisor.click(By.id("listen:mode:1")); // whisper to the agent
            String reason = "تدريب الموظف الجديد، مكالمة صعبة | الجودة & اللباقة";
            supervisor.type(By.id("listen:reason"), reason);
            int before = originatesTo(SUPERVISOR_PHONE).size();
            supervisor.click(By.id("listen:start"));
            String said = supervisor.waitForSomeText(By.id("listen:listenMessages"));
            assertTrue(said.contains(SUPERVISOR_PHONE) && said.contains("تهمس"), said);

            List<Map<String, String>> originates = SystemUnderTest.eventually(
                    PATIENCE,
                    "the Originate for the supervisor's phone",
                    () -> originatesTo(SUPERVISOR_PHONE),
                    list -> list.size() > before);
            assertEquals(before + 1, originates.size(), "exactly one Originate");
            Map<String, String> originate = originates.get(originates.size() - 1);
            assertEquals("ChanSpy", originate.get("application"));
            assertEquals(channel + ",qESuw", originate.get("data"), "that agent's channel exactly, whispering");
            assertTrue(channel.startsWith("PJSIP/1801-"), channel);

            assertEquals("CALL_WHISPERED", audited("action", linkedid));
            assertEquals(reason, audited("reason", linkedid), "the reason as written, in Arabic, with its punctuation");
            String detail = audited("detail", linkedid);
            assertTrue(
                    detail.contains("Listen Agent") && detail.contains(channel) && detail.contains(SUPERVISOR_PHONE),
                    detail);

            String notice = agent.waitForSomeText(By.id("listenedNotice"));
            assertEquals("مشرف يستمع إلى هذه المكالمة وقد يتحدث إليك، ولا يسمعه المتصل.", notice);
            agent.screenshot("listened-notice-ar");
            supervisor.screenshot("listen-form-ar");

            // The live view's words in English and Kurdish, while the call is still live.
            inLanguage(supervisor, "en", "Listen to a live call", "Listen", "ltr", button);
            inLanguage(supervisor, "ku", "گوێگرتن لە پەیوەندییەکی ڕاستەوخۆ", "گوێگرتن", "rtl", button);
            supervisor.open("/language?to=ar&back=/supervisor/index.xhtml");
            supervisor.waitForShown(button);
            checkAccessible(supervisor, "ar");
            supervisor.click(button); // the call chosen again, for after it ends

            // The call ends: the button goes, the agent's notice with it, and listening to it now is refused.
            for (String block : rest) {
                pbx.send(block);
            }
            supervisor.waitUntil(
                    "return document.querySelector(\"" + listenButton("PJSIP/1801") + "\") === null", PATIENCE);
            agent.waitUntil("return document.getElementById('listenedNotice').hidden", PATIENCE);
            supervisor.type(By.id("listen:reason"), "متابعة");
            int beforeEnded = originatesTo(SUPERVISOR_PHONE).size();
            supervisor.click(By.id("listen:start"));
            assertEquals(NOT_LISTENABLE, supervisor.waitForText(By.id("listen:listenMessages"), NOT_LISTENABLE));
            Api.Answer ended = Api.as(SUPERVISOR, PASSWORD)
                    .post(
                            "/api/v1/telephony/live/calls/" + linkedid + "/listen",
                            "{\"agentPhone\":\"PJSIP/1801\",\"mode\":\"LISTEN\",\"reason\":\"متابعة\"}");
            assertEquals(409, ended.status(), ended.text());
            assertTrue(ended.text().contains("call-not-live"), ended.text());
            assertEquals(beforeEnded, originatesTo(SUPERVISOR_PHONE).size(), "no Originate for a call that ended");
            assertEquals("CALL_WHISPERED", audited("action", linkedid), "and no audit entry");
        }
    }

    /** The board in that language: the form's title, the live table's button, the direction, and axe-core's check. */
    private static void inLanguage(
            Browser supervisor, String language, String title, String listen, String direction, By button) {
        supervisor.open("/language?to=" + language + "&back=/supervisor/index.xhtml");
        assertEquals(title, supervisor.text(By.id("listenTitle")));
        supervisor.waitForShown(button);
        assertEquals(listen, supervisor.text(button));
        assertEquals(direction, supervisor.direction());
        checkAccessible(supervisor, language);
    }

    private static void checkAccessible(Browser browser, String language) {
        List<String> serious = Axe.run(browser).stream()
                .filter(violation -> violation.impact().equals("critical")
                        || violation.impact().equals("serious"))
                .map(violation -> violation.rule() + ": " + violation.nodes())
                .toList();
        assertEquals(List.of(), serious, "the live view with its listen button, in " + language);
    }

    /**
     * A call on the complaints line, and an enquiry on which the agent is taking a complaint about staff, are the
     * officers' alone (as their recordings are): listening, whispering and barging in are refused, in the same words
     * as a call that has ended, so that the refusal tells the supervisor nothing about a complaint. The PBX is asked
     * nothing and nothing is audited.
     */
    @Test
    void aCallAboutAComplaintAgainstStaffIsNotListenedTo() throws Exception {
        String onComplaintsLine = "1795801200.10";
        String takingComplaint = "1795801300.10";
        Api supervisor = Api.as(SUPERVISOR, PASSWORD);
        List<String> complaintsRest =
                liveCall(onComplaintsLine, "07708018030", "complaints", "PJSIP/1801", "Listen Agent");
        List<String> enquiryRest = liveCall(takingComplaint, "07708018040", "PJSIP/1802", "Listen Agent Two");
        for (String linkedid : List.of(onComplaintsLine, takingComplaint)) {
            SystemUnderTest.eventually(
                    PATIENCE,
                    "the call in the live view and the call log",
                    () -> supervisor.get("/api/v1/telephony/live").text().contains(linkedid)
                            && !"0"
                                    .equals(SystemUnderTest.queryString(
                                            "select count(*) from call_record where linkedid = ? and queue is not null",
                                            linkedid)));
        }
        // The agent on the enquiry takes a complaint about an employee while the caller is still on the line.
        Api.Answer filed = Api.as("listen.agent2", PASSWORD)
                .post(
                        "/api/v1/complaints",
                        "{\"institutionCode\":\"MOI\",\"accusedDescription\":\"موظف شباك الجوازات\",\"allegation\":"
                                + "\"BRIBE_REQUEST\",\"narrative\":\"طلب فلوس حتى يمشّي المعاملة\",\"anonymous\":true,"
                                + "\"callLinkedid\":\"" + takingComplaint + "\"}");
        assertEquals(201, filed.status(), filed.text());

        Api.Answer ended = supervisor.post(
                "/api/v1/telephony/live/calls/1795801999.20/listen",
                "{\"agentPhone\":\"PJSIP/1801\",\"mode\":\"LISTEN\",\"reason\":\"جودة\"}");
        assertEquals(409, ended.status(), ended.text());
        int originates = pbx.actions("Originate").size();
        for (String[] call : new String[][] {{onComplaintsLine, "PJSIP/1801"}, {takingComplaint, "PJSIP/1802"}}) {
            for (String mode : List.of("LISTEN", "WHISPER", "BARGE")) {
                Api.Answer refused = supervisor.post(
                        "/api/v1/telephony/live/calls/" + call[0] + "/listen",
                        "{\"agentPhone\":\"" + call[1] + "\",\"mode\":\"" + mode + "\",\"reason\":\"جودة\"}");
                assertEquals(409, refused.status(), call[0] + " " + mode + " → " + refused.text());
                assertEquals(
                        ended.object().getString("type"),
                        refused.object().getString("type"),
                        "refused as a call that has ended");
                assertEquals(ended.object().getString("title"), refused.object().getString("title"));
                assertEquals(
                        ended.object()
                                .getString("detail")
                                .replace("1795801999.20", call[0])
                                .replace("PJSIP/1801", call[1]),
                        refused.object().getString("detail"),
                        "in the same words");
            }
            assertEquals(
                    0,
                    count(
                            "select count(*) from audit_entry where target_type = 'call' and target_id = ?"
                                    + " and action like 'CALL\\_%'",
                            call[0]),
                    "nothing audited for " + call[0]);
        }
        assertEquals(originates, pbx.actions("Originate").size(), "the PBX was asked nothing");

        // The page says the same as for an ended call.
        try (Browser browser = new Browser()) {
            browser.signIn(SUPERVISOR, PASSWORD);
            browser.open("/supervisor/index.xhtml");
            By button = By.cssSelector(listenButton("PJSIP/1801"));
            browser.waitForShown(button);
            browser.click(button);
            browser.type(By.id("listen:reason"), "متابعة الجودة");
            browser.click(By.id("listen:start"));
            assertEquals(NOT_LISTENABLE, browser.waitForText(By.id("listen:listenMessages"), NOT_LISTENABLE));
        }
        assertEquals(originates, pbx.actions("Originate").size(), "nor from the page");
        for (String block : complaintsRest) {
            pbx.send(block);
        }
        for (String block : enquiryRest) {
            pbx.send(block);
        }
    }

    @Test
    void onlySupervisorsListenAndWhatTheyTypeNeverReachesThePbxAsAnythingElse() throws Exception {
        String linkedid = "1795801100.10";
        String caller = "07708018020";
        List<String> rest = liveCall(linkedid, caller, "PJSIP/1802", "Listen Agent Two");
        String channel = agentChannel(linkedid, caller, "PJSIP/1802", "Listen Agent Two");
        String path = "/api/v1/telephony/live/calls/" + linkedid + "/listen";
        String listen = "{\"agentPhone\":\"PJSIP/1802\",\"mode\":\"LISTEN\",\"reason\":\"مراقبة الجودة\"}";
        Api supervisor = Api.as(SUPERVISOR, PASSWORD);
        SystemUnderTest.eventually(
                PATIENCE,
                "the call in the live view",
                () -> supervisor.get("/api/v1/telephony/live").text().contains(linkedid));
        long audits = count("select count(*) from audit_entry where target_type = 'call' and target_id = ?", linkedid);
        int originates = pbx.actions("Originate").size();

        assertEquals(403, Api.as("listen.agent2", PASSWORD).post(path, listen).status(), "the agent on the call");
        assertEquals(403, Api.as("listen.agent", PASSWORD).post(path, listen).status(), "another agent");
        assertEquals(403, Api.as("listen.officer", PASSWORD).post(path, listen).status(), "an officer");
        assertEquals(
                403,
                Api.as("admin", SystemUnderTest.ADMIN_PASSWORD)
                        .post(path, listen)
                        .status(),
                "admin");
        assertEquals(401, Api.anonymous().post(path, listen).status());
        Api.Answer phoneless = Api.as("listen.nophone", PASSWORD).post(path, listen);
        assertEquals(409, phoneless.status(), phoneless.text());
        assertTrue(phoneless.text().contains("no-phone"), phoneless.text());

        // Bad input: each a 400 naming the field, never a 500.
        for (String body : List.of(
                "{\"agentPhone\":\"PJSIP/1802\",\"mode\":\"LISTEN\",\"reason\":\"   \"}",
                "{\"agentPhone\":\"PJSIP/1802\",\"mode\":\"LISTEN\",\"reason\":\"سبب\\r\\nAction: Hangup\"}",
                "{\"agentPhone\":\"PJSIP/1802\",\"mode\":\"LISTEN\",\"reason\":\"" + "س".repeat(501) + "\"}",
                "{\"agentPhone\":\"PJSIP/1802\",\"mode\":\"LISTEN\"}")) {
            Api.Answer refused = supervisor.post(path, body);
            assertEquals(400, refused.status(), body + " → " + refused.text());
            assertTrue(refused.text().contains("reason"), refused.text());
        }
        for (String agentPhone : List.of(
                "PJSIP/1802\\r\\nAction: Hangup\\r\\nChannel: PJSIP/1801",
                "PJSIP/1802,B",
                "PJSIP/1802|B",
                "PJSIP/1802&PJSIP/1801",
                "PJSIP/${SHELL(id)}")) {
            Api.Answer refused = supervisor.post(
                    path, "{\"agentPhone\":\"" + agentPhone + "\",\"mode\":\"LISTEN\",\"reason\":\"سبب\"}");
            assertEquals(400, refused.status(), agentPhone + " → " + refused.text());
        }
        Api.Answer unknownMode =
                supervisor.post(path, "{\"agentPhone\":\"PJSIP/1802\",\"mode\":\"SPY_AND_RECORD\",\"reason\":\"سبب\"}");
        assertEquals(400, unknownMode.status(), unknownMode.text());
        assertEquals(
                400,
                supervisor
                        .post("/api/v1/telephony/live/calls/1795801100.10,qB/listen", listen)
                        .status(),
                "a call id with a comma");
        // A look-alike of the agent's phone (a prefix ChanSpy would have matched), another agent, another call.
        for (String[] wrong :
                new String[][] {{linkedid, "PJSIP/180"}, {linkedid, "PJSIP/1801"}, {"1795801999.10", "PJSIP/1802"}}) {
            Api.Answer notLive = supervisor.post(
                    "/api/v1/telephony/live/calls/" + wrong[0] + "/listen",
                    "{\"agentPhone\":\"" + wrong[1] + "\",\"mode\":\"BARGE\",\"reason\":\"سبب\"}");
            assertEquals(409, notLive.status(), String.join(" ", wrong) + " → " + notLive.text());
            assertTrue(notLive.text().contains("call-not-live"), notLive.text());
        }
        assertEquals(originates, pbx.actions("Originate").size(), "nothing refused reached the PBX");
        assertEquals(
                audits,
                count("select count(*) from audit_entry where target_type = 'call' and target_id = ?", linkedid),
                "and nothing refused was written");

        // Barging in, with a reason full of separators and a phone of the caller's choosing in the body: the reason
        // stays text, the supervisor's own phone rings, and ChanSpy gets that channel and the barge option only.
        String reason = "شكوى المواطن، تصعيد | فوري & عاجل; Data: x";
        Api.Answer barged = supervisor.post(
                path,
                "{\"agentPhone\":\"pjsip/1802\",\"mode\":\"BARGE\",\"reason\":\"" + reason
                        + "\",\"phone\":\"PJSIP/9999\",\"channel\":\"PJSIP/1801-00000001\"}");
        assertTrue(barged.status() == 202 || barged.status() == 400, barged.text());
        if (barged.status() == 400) { // an API that refuses unknown fields: the same request without them
            barged = supervisor.post(
                    path, "{\"agentPhone\":\"pjsip/1802\",\"mode\":\"BARGE\",\"reason\":\"" + reason + "\"}");
        }
        assertEquals(202, barged.status(), barged.text());
        List<Map<String, String>> sent = pbx.actions("Originate");
        assertEquals(originates + 1, sent.size(), "one Originate");
        Map<String, String> originate = sent.get(sent.size() - 1);
        assertEquals(SUPERVISOR_PHONE, originate.get("channel"));
        assertEquals("ChanSpy", originate.get("application"));
        assertEquals(channel + ",qESuB", originate.get("data"));
        assertEquals("CALL_BARGED_IN", audited("action", linkedid));
        assertEquals(reason, audited("reason", linkedid));
        JsonObject view = supervisor.get("/api/v1/telephony/live").object();
        assertNotNull(view.getJsonArray("agents"));

        for (String block : rest) {
            pbx.send(block);
        }
    }
}
