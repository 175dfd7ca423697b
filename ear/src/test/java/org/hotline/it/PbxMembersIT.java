package org.hotline.it;

import static org.hotline.it.CallRecords.awaitDisposition;
import static org.hotline.it.CallRecords.awaitFilled;
import static org.hotline.it.CallRecords.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hotline.common.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * Agents are people. On the real PBX the queue members are static ones from queues.conf ({@code Local/agentN@agents},
 * member name {@code agentN}), so supervisors saw {@code agent1 … agent8}. Here an administrator gives {@code agent1}
 * (and later {@code agent7} and {@code agent8}) to one account through the API and {@code agent2} to another through
 * the users page; then the real captured call that {@code agent1} let ring and {@code agent2} answered shows the
 * person in the agent and call reports (JSON, CSV, workbook), on the supervisors' live board, in an officer's case
 * taken on that call and in the screen pop of the caller's next call, while the call log keeps the PBX's
 * {@code agent2}. A person's two members count as one person, in the daily PDF too; a member nobody
 * was given shows under its member name. Only administrators map members, and no look-alike of a member makes a
 * second mapping.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PbxMembersIT {

    private static final String PASSWORD = "a long test passphrase 5599";
    private static final ZoneId BAGHDAD = ZoneId.of("Asia/Baghdad");
    /** The captured call (ring-no-answer-then-answered.md): agent1 rang out, agent2 answered. */
    private static final String CAPTURED = "1796180517.678";

    /** A day of this test's own, for calls and presence made up in the captures' form. */
    private static final String DAY = "2025-04-14";

    private static final String ZAINAB = "زينب عبد الأمير";
    private static final String ALI = "Ali Kareem";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private static Api admin;
    private static Api supervisor;

    @BeforeAll
    static void people() throws Exception {
        SystemUnderTest.ensureUser("pbx.zainab", ZAINAB, PASSWORD, Role.AGENT);
        SystemUnderTest.ensureUser("pbx.ali", ALI, PASSWORD, Role.AGENT);
        SystemUnderTest.ensureUser("pbx.supervisor", "PBX Supervisor", PASSWORD, Role.SUPERVISOR);
        SystemUnderTest.ensureUser("pbx.agent", "PBX Agent", PASSWORD, Role.AGENT);
        SystemUnderTest.ensureUser("pbx.officer", "PBX Officer", PASSWORD, Role.OFFICER);
        admin = Api.as("admin", SystemUnderTest.ADMIN_PASSWORD);
        supervisor = Api.as("pbx.supervisor", PASSWORD);
    }

    /** The PBX's names show again for the other tests of the run. */
    @AfterAll
    static void membersBackToThePbx() throws Exception {
        for (String username : List.of("pbx.zainab", "pbx.ali")) {
            assertEquals(200, admin.put(members(username), "{\"members\":[]}").status());
        }
    }

    private static String members(String username) {
        return "/api/v1/users/" + username + "/pbx-members";
    }

    private static String ownerOf(String member) throws Exception {
        return SystemUnderTest.queryString(
                "select u.username from pbx_member m join user_account u on u.id ="
                        + " m.user_account_id where m.member = ?",
                member);
    }

    private static Instant onDay(String localTime) {
        return LocalDateTime.parse(DAY + "T" + localTime).atZone(BAGHDAD).toInstant();
    }

    private static void play(List<String> blocks) throws Exception {
        for (String block : blocks) {
            TestPbx.get().send(block);
        }
    }

    @Test
    @Order(1)
    void anAdministratorGivesAMemberToAPersonThroughTheApiAndTheChangeIsAudited() throws Exception {
        Api.Answer mapped = admin.put(members("pbx.ali"), "{\"members\":[\"agent1\", \"Agent1\", \"\uFF41gent1\"]}");
        assertEquals(200, mapped.status(), mapped.text());
        assertEquals(
                List.of("agent1"),
                mapped.object().getJsonArray("pbxMembers").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList(),
                "three spellings of one member are one member");
        assertEquals("pbx.ali", ownerOf("agent1"));
        assertEquals(
                "1",
                SystemUnderTest.queryString("select count(*) from pbx_member m join user_account u on"
                        + " u.id = m.user_account_id where u.username = 'pbx.ali'"));
        assertEquals(
                "admin",
                SystemUnderTest.queryString("select actor from audit_entry where action ="
                        + " 'USER_CHANGED' and target_id = 'pbx.ali' and detail like 'pbx members [agent1]%'"));
        JsonObject listed = admin.get("/api/v1/users").json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(user -> user.getString("username").equals("pbx.ali"))
                .findFirst()
                .orElseThrow();
        assertEquals("agent1", listed.getJsonArray("pbxMembers").getString(0));
    }

    @Test
    @Order(2)
    void anAdministratorGivesMembersToAPersonOnTheUsersPageAndMistakesShowBesideTheField() throws Exception {
        try (Browser browser = new Browser()) {
            browser.signIn("admin", SystemUnderTest.ADMIN_PASSWORD);
            browser.open("/admin/users.xhtml");
            browser.click(By.xpath("//tr[.//span[@class='username' and text()='pbx.zainab']]"
                    + "//button[contains(@id,':editRoles')]"));
            browser.waitForText(By.id("rolesForm"), "pbx.zainab");
            assertEquals(
                    "أعضاء الطوابير على المقسم",
                    browser.text(By.cssSelector("label[for='rolesForm:editedMembers']"))
                            .strip());

            browser.type(By.id("rolesForm:editedMembers"), "agent2, AGENT1");
            browser.click(By.id("rolesForm:save"));
            assertEquals(
                    "العضو agent1 مُسنَد إلى حساب آخر. أزِله من ذلك الحساب أولًا.",
                    browser.waitForSomeText(By.id("rolesForm:editedMembersMessage")));
            assertEquals(null, ownerOf("agent2"), "nothing saved");

            browser.type(By.id("rolesForm:editedMembers"), "agent2 \u0430gent3");
            browser.click(By.id("rolesForm:save"));
            browser.waitForText(By.id("rolesForm:editedMembersMessage"), "اكتب كل عضو كما يسمّيه المقسم");
            assertEquals(null, ownerOf("agent2"), "a Cyrillic letter is refused, not guessed");

            browser.type(By.id("rolesForm:editedMembers"), "agent2،\u00A0AGENT9 ");
            browser.click(By.id("rolesForm:save"));
            browser.waitForText(By.id("messages"), "pbx.zainab");
            assertEquals(List.of("pbx.zainab", "pbx.zainab"), List.of(ownerOf("agent2"), ownerOf("agent9")));
            assertEquals("pbx.ali", ownerOf("agent1"), "the other person keeps theirs");
            assertTrue(browser.text(By.id("accounts")).contains("agent9"), "the list shows the members");
            assertTrue(SystemUnderTest.queryString("select detail from audit_entry where action = 'USER_CHANGED'"
                            + " and target_id = 'pbx.zainab' order by id desc limit 1")
                    .contains("pbx members [agent2, agent9] (were [])"));

            browser.follow(By.linkText("English"));
            assertTrue(browser.text(By.id("accounts")).contains("PBX members"));
            browser.follow(By.linkText("کوردی"));
            assertEquals("rtl", browser.direction());
            assertTrue(browser.text(By.id("accounts")).contains("ئەندامانی ڕیز لەسەر سویچ"));
        }
    }

    @Test
    @Order(3)
    void theCapturedCallAnsweredByAgent2ShowsThePersonWhileTheCallLogKeepsThePbxsName() throws Exception {
        for (String event : FakeAsterisk.capturedEvents("ring-no-answer-then-answered.ami.txt")) {
            TestPbx.get().send(event);
        }
        awaitDisposition(CAPTURED, "ANSWERED");
        awaitFilled(CAPTURED, "ended_at");
        assertEquals("agent2", field(CAPTURED, "agent"), "the PBX's fact, as it said it");
        // the Baghdad day the replayed call happened on (the capture's times moved to now)
        java.time.LocalDate captureDay = java.time.LocalDate.ofInstant(
                java.time.Instant.ofEpochSecond(
                        1796180517L + FakeAsterisk.replayShift("ring-no-answer-then-answered.ami.txt")),
                BAGHDAD);
        String day = captureDay.toString();

        JsonObject report = supervisor
                .get("/api/v1/reports/agents?from=" + day + "&to=" + day)
                .object();
        Map<String, JsonObject> agents = byName(report, "agent");
        assertTrue(agents.containsKey(ZAINAB), agents.keySet().toString());
        int handled = Integer.parseInt(SystemUnderTest.queryString(
                "select count(*) from call_record where"
                        + " lower(agent) in ('agent2', 'agent9') and answered_at is not null and queue_joined_at is not null"
                        + " and entered_at >= ? and entered_at < ?",
                dayStart(day),
                dayStart(captureDay.plusDays(1).toString())));
        assertTrue(handled >= 1, "the captured call at least");
        assertEquals(handled, agents.get(ZAINAB).getInt("callsHandled"), "every call the person's members answered");
        assertFalse(agents.containsKey("agent2"), agents.keySet().toString());

        Map<String, JsonObject> byAgent = byName(
                supervisor
                        .get("/api/v1/reports/calls?from=" + day + "&to=" + day + "&by=AGENT")
                        .object(),
                "key");
        assertEquals(handled, byAgent.get(ZAINAB).getInt("answered"));
        assertFalse(byAgent.containsKey("agent2"), byAgent.keySet().toString());

        String csv = new String(
                supervisor
                        .download("/api/v1/reports/agents.csv?from=" + day + "&to=" + day)
                        .body(),
                StandardCharsets.UTF_8);
        assertTrue(csv.contains("\r\n\"" + ZAINAB + "\"," + handled + ","), csv);
        assertFalse(csv.contains("\"agent2\""), csv);

        var xlsx = supervisor.download("/api/v1/reports/agents.xlsx?from=" + day + "&to=" + day + "&lang=ar");
        try (var workbook =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            var sheet = workbook.getSheetAt(0);
            List<String> names = new java.util.ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                names.add(sheet.getRow(r).getCell(0).getStringCellValue());
            }
            assertTrue(names.contains(ZAINAB) && !names.contains("agent2"), names.toString());
        }

        // A complaint taken on a call makes the call the officers' alone (its recording, listening to it): only the
        // agent who answered it may take one on it. A colleague naming it, or a call that never was, is refused in the
        // same words, and nothing is filed.
        Api.Answer colleagues = Api.as("pbx.agent", PASSWORD).post("/api/v1/complaints", complaintOn(CAPTURED));
        Api.Answer noSuchCall =
                Api.as("pbx.zainab", PASSWORD).post("/api/v1/complaints", complaintOn("1796180517.999"));
        for (Api.Answer refused : List.of(colleagues, noSuchCall)) {
            assertEquals(400, refused.status(), refused.text());
            assertEquals(
                    "callLinkedid",
                    refused.object().getJsonArray("errors").getJsonObject(0).getString("field"));
        }
        assertEquals(
                colleagues.object().getString("detail"), noSuchCall.object().getString("detail"));
        assertEquals(
                "0", SystemUnderTest.queryString("select count(*) from complaint where call_linkedid = ?", CAPTURED));

        // Zainab answered it as agent2, the member given to her: she takes the complaint on it.
        Api.Answer filed = Api.as("pbx.zainab", PASSWORD).post("/api/v1/complaints", complaintOn(CAPTURED));
        assertEquals(201, filed.status(), filed.text());
        JsonObject complaint = Api.as("pbx.officer", PASSWORD)
                .get("/api/v1/complaints/" + filed.object().getString("number"))
                .object();
        assertEquals(ZAINAB, complaint.getJsonObject("call").getString("agent"), "who took the call, to the officer");
    }

    @Test
    @Order(8)
    void aDeskPhoneGivenToSomeoneElseDoesNotMakeItsEarlierCallsTheirs() throws Exception {
        SystemUnderTest.ensureAgentWithPhone("pbx.morning", "Morning Shift", PASSWORD, "PJSIP/2795");
        SystemUnderTest.ensureUser("pbx.evening", "Evening Shift", PASSWORD, Role.AGENT);
        String morningCall = "1796189000." + (System.currentTimeMillis() % 100_000);
        for (String block : PbxCalls.answered(
                morningCall, "07714001122", "enquiries", "PJSIP/2795", "Desk 5", Instant.now(), 4, 30)) {
            TestPbx.get().send(block);
        }
        awaitDisposition(morningCall, "ANSWERED");
        // at the change of shift the administrator gives the desk's phone to the evening agent
        SystemUnderTest.execute("update user_account set phone_interface = null where username = 'pbx.morning'");
        SystemUnderTest.execute(
                "update user_account set phone_interface = 'PJSIP/2795' where username = 'pbx.evening'");

        Api.Answer evening = Api.as("pbx.evening", PASSWORD).post("/api/v1/complaints", complaintOn(morningCall));
        assertEquals(400, evening.status(), evening.text());
        assertEquals(
                "callLinkedid",
                evening.object().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Answer morning = Api.as("pbx.morning", PASSWORD).post("/api/v1/complaints", complaintOn(morningCall));
        assertEquals(201, morning.status(), "the call stays the morning agent's: " + morning.text());
    }

    private static String complaintOn(String linkedid) {
        return "{\"institutionCode\":\"MOI\",\"accusedDescription\":\"موظف الشباك الثاني\",\"allegation\":"
                + "\"REFUSAL_TO_SERVE\",\"narrative\":\"رفض استلام المعاملة\",\"anonymous\":true,\"callLinkedid\":\""
                + linkedid + "\"}";
    }

    @Test
    @Order(4)
    void theLiveBoardShowsThePeopleAndAMemberNobodyWasGivenByItsMemberName() throws Exception {
        for (String event : FakeAsterisk.capturedEvents("ring-no-answer-then-answered.ami.txt")) {
            if (event.startsWith("Event: QueueMemberStatus")) {
                TestPbx.get().send(event); // agent1 and agent2, static members of enquiries
            }
        }
        play(List.of(PbxCalls.member(
                "QueueMemberAdded", "enquiries", "Local/agent5@agents", "agent5", false, "", Instant.now())));
        try {
            SystemUnderTest.eventually(PATIENCE, "the live view names the people", () -> {
                Map<String, JsonObject> lines = byName(
                        supervisor
                                .get("/api/v1/telephony/live")
                                .object()
                                .getJsonArray("agents")
                                .getValuesAs(JsonObject.class),
                        "phoneInterface");
                return lines.containsKey("Local/agent5@agents")
                        && ZAINAB.equals(lines.get("Local/agent2@agents").getString("name"))
                        && "agent2".equals(lines.get("Local/agent2@agents").getString("member"))
                        && ALI.equals(lines.get("Local/agent1@agents").getString("name"))
                        && "agent5".equals(lines.get("Local/agent5@agents").getString("name"));
            });
            try (Browser browser = new Browser()) {
                browser.signIn("pbx.supervisor", PASSWORD);
                browser.waitForText(By.cssSelector("#liveAgents tr[data-phone='Local/agent2@agents']"), ZAINAB);
                browser.waitForText(By.cssSelector("#liveAgents tr[data-phone='Local/agent5@agents']"), "agent5");
                // how long the agent has been in the state shown, ticking in the page
                String inState =
                        browser.text(By.cssSelector("#liveAgents tr[data-phone='Local/agent5@agents']" + " .in-state"));
                assertTrue(inState.matches("[0-9]+ ث|[0-9]+ د [0-9]+ ث"), inState);
                assertTrue(
                        supervisor
                                .get("/api/v1/telephony/live")
                                .object()
                                .getJsonArray("agents")
                                .getValuesAs(JsonObject.class)
                                .stream()
                                .filter(a -> a.getString("phoneInterface").equals("Local/agent5@agents"))
                                .allMatch(a -> !a.isNull("stateSince")));

                // The board remembers names a few seconds (10); an administrator's change shows at once.
                assertEquals(
                        200,
                        admin.put(members("pbx.agent"), "{\"members\":[\"agent5\"]}")
                                .status());
                SystemUnderTest.eventually(
                        Duration.ofSeconds(5),
                        "agent5 shown as the person at once",
                        () -> "PBX Agent".equals(liveName("Local/agent5@agents")));
                browser.waitForText(By.cssSelector("#liveAgents tr[data-phone='Local/agent5@agents']"), "PBX Agent");
                assertEquals(
                        200, admin.put(members("pbx.agent"), "{\"members\":[]}").status());
                SystemUnderTest.eventually(
                        Duration.ofSeconds(5),
                        "agent5 shown as itself again at once",
                        () -> "agent5".equals(liveName("Local/agent5@agents")));
            }
        } finally {
            play(List.of(PbxCalls.member(
                    "QueueMemberRemoved", "enquiries", "Local/agent5@agents", "agent5", false, "", Instant.now())));
        }
    }

    /**
     * A day of Ali's on two more members (agent7 09:00–10:00, agent8 11:00–11:30, a call on each; phones of their own,
     * so that no member the captures left on the live picture is in the way) and a call answered by agent5, whom
     * nobody was given: one row for the person with both calls and both hours, one for agent5, in the daily PDF too.
     */
    @Test
    @Order(5)
    void aPersonsTwoMembersCountAsOnePersonAndAMemberNobodyWasGivenAsItself() throws Exception {
        Api.Answer more = admin.put(members("pbx.ali"), "{\"members\":[\"agent1\",\"agent7\",\"agent8\"]}");
        assertEquals(200, more.status(), more.text());
        String seven = onDay("09:30:00").getEpochSecond() + ".41";
        String eight = onDay("11:10:00").getEpochSecond() + ".41";
        String five = onDay("12:00:00").getEpochSecond() + ".41";
        play(List.of(PbxCalls.member(
                "QueueMemberAdded", "complaints", "PJSIP/2707", "agent7", false, "", onDay("09:00:00"))));
        play(PbxCalls.answered(seven, "07711400001", "complaints", "PJSIP/2707", "agent7", onDay("09:30:00"), 5, 60));
        play(List.of(
                PbxCalls.member(
                        "QueueMemberRemoved", "complaints", "PJSIP/2707", "agent7", false, "", onDay("10:00:00")),
                PbxCalls.member(
                        "QueueMemberAdded", "complaints", "PJSIP/2708", "agent8", false, "", onDay("11:00:00"))));
        play(PbxCalls.answered(eight, "07711400002", "complaints", "PJSIP/2708", "agent8", onDay("11:10:00"), 5, 30));
        play(List.of(PbxCalls.member(
                "QueueMemberRemoved", "complaints", "PJSIP/2708", "agent8", false, "", onDay("11:30:00"))));
        play(PbxCalls.answered(five, "07711400003", "enquiries", "PJSIP/2705", "agent5", onDay("12:00:00"), 5, 45));
        for (String call : List.of(seven, eight, five)) {
            awaitFilled(call, "ended_at");
            awaitFilled(call, "wrap_up_seconds");
        }
        SystemUnderTest.eventually(
                PATIENCE,
                "the presence kept",
                () -> "1"
                        .equals(SystemUnderTest.queryString(
                                "select count(*) from agent_presence where phone_interface = 'PJSIP/2708' and state = 'SIGNED_OUT'"
                                        + " and at = ?",
                                java.sql.Timestamp.from(onDay("11:30:00")))));

        Map<String, JsonObject> agents = byName(
                supervisor
                        .get("/api/v1/reports/agents?from=" + DAY + "&to=" + DAY)
                        .object(),
                "agent");
        assertTrue(
                agents.containsKey(ALI) && agents.containsKey("agent5"),
                agents.keySet().toString());
        assertFalse(
                agents.containsKey("agent7") || agents.containsKey("agent8"),
                "one row for the person, none per" + " member: " + agents.keySet());
        JsonObject ali = agents.get(ALI);
        assertEquals(2, ali.getInt("callsHandled"));
        assertEquals(
                60
                        + 30
                        + Integer.parseInt(SystemUnderTest.queryString(
                                "select sum(wrap_up_seconds) from" + " call_record where linkedid in (?, ?)",
                                seven,
                                eight)),
                ali.getInt("handleSeconds"),
                "talk and wrap-up of both calls");
        assertEquals(3600 + 1800, ali.getInt("signedInSeconds"), "an hour on agent7 and half an hour on agent8");
        assertEquals(1, agents.get("agent5").getInt("callsHandled"), "a member nobody was given shows as itself");

        Map<String, JsonObject> byAgent = byName(
                supervisor
                        .get("/api/v1/reports/calls?from=" + DAY + "&to=" + DAY + "&by=AGENT")
                        .object(),
                "key");
        assertEquals(java.util.Set.of(ALI, "agent5"), byAgent.keySet());
        assertEquals(2, byAgent.get(ALI).getInt("answered"));

        var pdf = supervisor.download("/api/v1/reports/daily.pdf?day=" + DAY + "&lang=en");
        assertEquals(200, pdf.statusCode());
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf.body());
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(page))
                    .append('\n');
        }
        String all = text.toString();
        assertTrue(all.contains(ALI) && all.contains("agent5"), all);
        assertFalse(all.contains("agent7") || all.contains("agent8"), all);
    }

    @Test
    @Order(6)
    void onlyAdministratorsMapMembersAndNoLookAlikeMakesASecondMapping() throws Exception {
        String body = "{\"members\":[\"agent3\"]}";
        assertEquals(
                403,
                Api.as("pbx.agent", PASSWORD).put(members("pbx.agent"), body).status());
        assertEquals(403, supervisor.put(members("pbx.supervisor"), body).status());
        assertEquals(403, supervisor.get("/api/v1/users").status());
        assertEquals(401, Api.anonymous().put(members("pbx.zainab"), body).status());
        assertEquals(null, ownerOf("agent3"), "nothing was mapped");

        for (String lookAlike : List.of(
                "AGENT1",
                " agent1 ",
                "\uFF41\uFF47\uFF45\uFF4E\uFF54\uFF11",
                "agent\u200B1",
                "agent\u0661",
                "\u202Eagent1")) {
            Api.Answer taken = admin.put(members("pbx.zainab"), "{\"members\":[\"agent2\",\"" + lookAlike + "\"]}");
            assertEquals(409, taken.status(), lookAlike + ": " + taken.text());
            assertEquals("urn:hotline:problem:pbx-member-taken", taken.object().getString("type"));
            assertEquals(
                    "members",
                    taken.object().getJsonArray("errors").getJsonObject(0).getString("field"));
        }
        for (String notAMember : List.of("\u0430gent1", "agent 1", "ag\u00E9nt1", "", "-agent1")) {
            Api.Answer refused = admin.put(members("pbx.zainab"), "{\"members\":[\"" + notAMember + "\"]}");
            assertEquals(400, refused.status(), notAMember + ": " + refused.text());
            assertEquals(
                    "urn:hotline:problem:invalid-pbx-member", refused.object().getString("type"));
        }
        assertEquals(
                "1",
                SystemUnderTest.queryString("select count(*) from pbx_member where member like '%1'"),
                "agent1 is mapped once, to its person");
        assertEquals("pbx.ali", ownerOf("agent1"));
        assertEquals(
                "agent2,agent9",
                SystemUnderTest.queryString("select group_concat(m.member order by m.member"
                        + " separator ',') from pbx_member m join user_account u on u.id = m.user_account_id where"
                        + " u.username = 'pbx.zainab'"),
                "refusals changed nothing");

        Api.Answer nobody = admin.put(members("nobody.here"), body);
        assertEquals(404, nobody.status(), nobody.text());
        assertEquals("urn:hotline:problem:user-not-found", nobody.object().getString("type"));
        for (String bad : List.of(
                "{\"members\":null}",
                "{\"members\":[null]}",
                "{\"members\":\"agent3\"}",
                "{}",
                "not json",
                "{\"members\":"
                        + List.of(
                                        "a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9", "a10", "a11", "a12",
                                        "a13", "a14", "a15", "a16", "a17", "a18", "a19", "a20", "a21")
                                .stream()
                                .map(m -> "\"" + m + "\"")
                                .toList()
                        + "}")) {
            Api.Answer refused = admin.put(members("pbx.zainab"), bad);
            assertEquals(400, refused.status(), bad + ": " + refused.text());
        }
        assertEquals(null, ownerOf("agent3"));
    }

    @Test
    @Order(7)
    void theScreenPopSaysWhoAnsweredTheCallersLastCall() throws Exception {
        SystemUnderTest.ensureAgentWithPhone("pbx.agent", "PBX Agent", PASSWORD, "PJSIP/2799");
        try (Browser agent = new Browser()) {
            agent.signIn("pbx.agent", PASSWORD);
            agent.waitUntil("return document.getElementById('screenPop').dataset.connected === 'true'", PATIENCE);
            List<String> call = PbxCalls.answered(
                    "1796190000.41", "07703041001", "enquiries", "PJSIP/2799", "PBX Agent", Instant.now(), 2, 10);
            int ringing = 0;
            while (!call.get(ringing).startsWith("Event: AgentCalled")) {
                ringing++;
            }
            play(call.subList(0, ringing + 1));
            agent.waitForText(By.id("popCalls"), ZAINAB);
            assertTrue(agent.text(By.id("popCalls")).contains("ردّ عليها " + ZAINAB), agent.text(By.id("popCalls")));
            play(call.subList(ringing + 1, call.size()));
        }
    }

    private static String liveName(String phone) throws Exception {
        return byName(
                        supervisor
                                .get("/api/v1/telephony/live")
                                .object()
                                .getJsonArray("agents")
                                .getValuesAs(JsonObject.class),
                        "phoneInterface")
                .get(phone)
                .getString("name");
    }

    private static java.sql.Timestamp dayStart(String day) {
        return java.sql.Timestamp.from(
                java.time.LocalDate.parse(day).atStartOfDay(BAGHDAD).toInstant());
    }

    private static Map<String, JsonObject> byName(JsonObject report, String field) {
        return byName(report.getJsonArray("rows").getValuesAs(JsonObject.class), field);
    }

    private static Map<String, JsonObject> byName(List<JsonObject> rows, String field) {
        Map<String, JsonObject> named = new HashMap<>();
        // A row of calls no agent answered (abandoned, timed out) has no key: JSON-B leaves a null out.
        rows.forEach(row -> named.put(!row.containsKey(field) || row.isNull(field) ? "" : row.getString(field), row));
        return named;
    }
}
