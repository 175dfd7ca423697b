package org.hotline.it;

import static org.hotline.it.CallRecords.awaitDisposition;
import static org.hotline.it.CallRecords.awaitFilled;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hotline.security.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The call report on calls played through the fake Asterisk on one Baghdad day of their own (10 March 2025): the
 * figures are exactly those the calls make, by day, hour and queue; the CSV carries the same numbers and is audited;
 * the page shows them; and only supervisors and administrators get the report.
 */
class ReportsIT {

    private static final String PASSWORD = "a long test passphrase 5599";
    private static final String DAY = "2025-03-10";
    private static final ZoneId BAGHDAD = ZoneId.of("Asia/Baghdad");
    private static Api supervisor;

    private static Instant at(String localTime) {
        return LocalDateTime.parse(DAY + "T" + localTime).atZone(BAGHDAD).toInstant();
    }

    private static String linkedid(Instant start) {
        return start.getEpochSecond() + ".77";
    }

    private static void play(List<String> blocks) throws Exception {
        for (String block : blocks) {
            TestPbx.get().send(block);
        }
    }

    @BeforeAll
    static void aDayOfCalls() throws Exception {
        SystemUnderTest.ensureUser("report.supervisor", "Report Supervisor", PASSWORD, Role.SUPERVISOR);
        SystemUnderTest.ensureUser("report.agent", "Report Agent", PASSWORD, Role.AGENT);
        supervisor = Api.as("report.supervisor", PASSWORD);
        Instant first = at("10:00:00");
        Instant second = at("10:30:00");
        Instant third = at("11:10:00");
        Instant abandoned = at("11:20:00");
        Instant transferred = at("23:59:30"); // crosses midnight: counts on the 10th, at 23
        Instant night = at("06:00:00");
        Instant menus = at("12:00:00");
        play(PbxCalls.answered(linkedid(first), "07711000001", "enquiries", "PJSIP/1601", "Agent 1601", first, 5, 60));
        play(PbxCalls.answered(linkedid(second), "07711000002", "enquiries", "PJSIP/1601", "Agent 1601", second, 20,
                120)); // answered at exactly N = 20
        play(PbxCalls.answered(linkedid(third), "07711000003", "registration", "PJSIP/1602", "Agent 1602", third, 45,
                30));
        play(PbxCalls.abandoned(linkedid(abandoned), "07711000004", "enquiries", "PJSIP/1602", "Agent 1602",
                abandoned, 20)); // abandoned at exactly N = 20
        play(PbxCalls.blindTransfer(linkedid(transferred), "07711000005", "enquiries", "PJSIP/1601", "Agent 1601",
                "1700", transferred, 8, 90));
        play(PbxCalls.afterHours(linkedid(night), "07711000006", night));
        play(List.of(PbxCalls.variableSet(linkedid(menus), "07711000007", "HOTLINE_STEP", "language", menus),
                PbxCalls.variableSet(linkedid(menus), "07711000007", "HOTLINE_STEP", "menu", menus.plusSeconds(4))));
        play(PbxCalls.ivrOnly(linkedid(menus), "07711000007", menus)); // hangs up in the main menu
        for (Instant call : List.of(first, second, third, transferred)) {
            awaitDisposition(linkedid(call), "ANSWERED");
            awaitFilled(linkedid(call), "ended_at");
        }
        awaitDisposition(linkedid(abandoned), "ABANDONED");
        awaitDisposition(linkedid(night), "AFTER_HOURS");
        awaitDisposition(linkedid(menus), "IVR_ONLY");
        SystemUnderTest.eventually(java.time.Duration.ofSeconds(30), "the abandoned caller's callback task",
                () -> "1".equals(SystemUnderTest.queryString("select count(*) from ticket where type = 'CALLBACK'"
                        + " and call_linkedid = ?", linkedid(abandoned))));
    }

    private static JsonObject report(String by) throws Exception {
        Api.Answer answer = supervisor.get("/api/v1/reports/calls?from=" + DAY + "&to=" + DAY + "&by=" + by);
        assertEquals(200, answer.status(), answer.text());
        return answer.object();
    }

    private static Map<String, JsonObject> rows(JsonObject report) {
        Map<String, JsonObject> rows = new HashMap<>();
        report.getJsonArray("rows").getValuesAs(JsonObject.class)
                .forEach(row -> rows.put(row.containsKey("key") ? row.getString("key") : "", row));
        return rows;
    }

    @Test
    void theDaysFiguresAreExactlyWhatItsCallsMake() throws Exception {
        JsonObject total = report("DAY").getJsonObject("total");
        assertEquals(5, total.getInt("offered"), "the after-hours call reached no queue; the transfer is one call");
        assertEquals(4, total.getInt("answered"));
        assertEquals(1, total.getInt("abandoned"));
        assertEquals(3, total.getInt("answeredWithin"), "5, 20 and 8 seconds; 45 is late, the abandon at 20 is not");
        assertEquals(0.6, total.getJsonNumber("serviceLevel").doubleValue(), 1e-9);
        assertEquals(0.2, total.getJsonNumber("abandonRate").doubleValue(), 1e-9);
        assertEquals(19.5, total.getJsonNumber("averageSpeedOfAnswer").doubleValue(), 1e-9, "(5 + 20 + 45 + 8) / 4");
        assertEquals(45, total.getInt("longestWait"));
        assertEquals(1, total.getInt("afterHours"));
        assertEquals(7, total.getInt("calls"), "every call that entered");
        assertEquals(1, total.getInt("endedInIvr"));
        assertEquals(1, total.getInt("callbacksRequested"), "the abandoned caller's task");
        assertEquals(0, total.getInt("callbacksCompleted"));
        Map<String, JsonObject> days = rows(report("DAY"));
        assertEquals(List.of(DAY), List.copyOf(days.keySet()), "the call crossing midnight counts on the day it began");

        Map<String, JsonObject> hours = rows(report("HOUR"));
        assertEquals(Map.of("06", 0, "10", 2, "11", 2, "23", 1), Map.of("06", hours.get("06").getInt("offered"),
                "10", hours.get("10").getInt("offered"), "11", hours.get("11").getInt("offered"),
                "23", hours.get("23").getInt("offered")));
        assertEquals(1, hours.get("06").getInt("afterHours"));
        assertEquals(1, hours.get("11").getInt("abandoned"));

        Map<String, JsonObject> queues = rows(report("QUEUE"));
        assertEquals(4, queues.get("enquiries").getInt("offered"));
        assertEquals(1, queues.get("registration").getInt("offered"));
        assertEquals(0, queues.get("registration").getInt("answeredWithin"));
        Map<String, JsonObject> steps = rows(report("LAST_STEP"));
        assertEquals(1, steps.get("menu").getInt("endedInIvr"), "where the caller hung up in the IVR");
        assertEquals(5, rows(report("TOPIC")).get("enquiry").getInt("calls"), "where callers go");
        Map<String, JsonObject> agents = rows(report("AGENT"));
        assertEquals(3, agents.get("Agent 1601").getInt("answered"));
        assertEquals(1, agents.get("Agent 1602").getInt("answered"));
        JsonObject strict = supervisor.get("/api/v1/reports/calls?from=" + DAY + "&to=" + DAY
                + "&by=DAY&answerSeconds=8").object().getJsonObject("total");
        assertEquals(2, strict.getInt("answeredWithin"), "N is the supervisor's: within 8 s, the 5 and the 8");
        assertEquals(0.4, strict.getJsonNumber("serviceLevel").doubleValue(), 1e-9);
    }

    @Test
    void theCsvCarriesTheSameNumbersAndItsExportIsAudited() throws Exception {
        var csv = supervisor.download("/api/v1/reports/calls.csv?from=" + DAY + "&to=" + DAY + "&by=QUEUE");
        String text = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(200, csv.statusCode(), text);
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), csv.headers().toString());
        List<String> lines = text.lines().toList();
        assertEquals("queue,offered,answered,abandoned,answered_within_20s,service_level,abandon_rate,"
                + "average_speed_of_answer_s,average_handle_time_s,longest_wait_s,after_hours,callbacks_requested,"
                + "callbacks_completed,calls,ended_in_ivr", lines.get(0));
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("\"enquiries\",4,3,1,3,0.7500,0.2500,11.0,")), lines.toString());
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("\"registration\",1,1,0,0,0.0000,0.0000,45.0,")),
                lines.toString());
        assertTrue(lines.get(lines.size() - 1).startsWith("\"total\",5,4,1,3,0.6000,0.2000,19.5,"), lines.toString());
        assertEquals("1", SystemUnderTest.queryString("select count(*) from audit_entry where actor = ? and action ="
                + " 'REPORT_EXPORTED' and detail like ?", "report.supervisor", "%QUEUE " + DAY + "%"));
    }

    @Test
    void onlySupervisorsAndAdministratorsGetReportsAndMistakesAre400() throws Exception {
        Api agent = Api.as("report.agent", PASSWORD);
        assertEquals(403, agent.get("/api/v1/reports/calls?from=" + DAY + "&to=" + DAY).status());
        assertEquals(403, agent.download("/api/v1/reports/calls.csv?from=" + DAY + "&to=" + DAY).statusCode());
        assertEquals(401, Api.anonymous().get("/api/v1/reports/calls").status());
        assertEquals(200, Api.as("admin", SystemUnderTest.ADMIN_PASSWORD)
                .get("/api/v1/reports/calls?from=" + DAY + "&to=" + DAY).status());
        Api.Answer backwards = supervisor.get("/api/v1/reports/calls?from=2025-03-10&to=2025-03-09");
        assertEquals(400, backwards.status());
        assertTrue(backwards.text().contains("invalid-period"), backwards.text());
        assertEquals(400, supervisor.get("/api/v1/reports/calls?from=2024-01-01&to=2025-03-10").status(), "over a year");
        assertEquals(400, supervisor.get("/api/v1/reports/calls?by=WEEKDAY").status());
        assertEquals(400, supervisor.get("/api/v1/reports/calls?answerSeconds=0").status());
    }

    @Test
    void aSupervisorReadsTheReportInArabicAndEnglish() throws Exception {
        try (Browser browser = new Browser()) {
            browser.signIn("report.supervisor", PASSWORD);
            browser.open("/supervisor/reports.xhtml");
            assertEquals("rtl", browser.direction());
            browser.script("document.getElementById('period:from_input').value = '" + DAY + "';"
                    + "document.getElementById('period:to_input').value = '" + DAY + "'");
            browser.submit(By.id("period:show"));
            assertEquals(List.of(DAY), browser.elements(By.cssSelector("#calls .key")));
            assertEquals(List.of("5"), browser.elements(By.cssSelector("#calls .offered")));
            assertEquals(List.of("60%"), browser.elements(By.cssSelector("#calls .service-level")));
            assertTrue(browser.isShown(By.cssSelector("#chart canvas")), "the chart is drawn");
            assertTrue(browser.isShown(By.id("tickets")), "and the ticket report below it");
            browser.follow(By.linkText("English"));
            assertEquals("ltr", browser.direction());
            assertTrue(browser.text(By.tagName("body")).contains("Service level"));
        }
    }

    /**
     * Tickets of another day of their own (12 March 2025), as history would leave them: written into the table,
     * since the application opens tickets only now.
     */
    private static void ticketHistory() throws Exception {
        String insert = "insert into ticket (type, channel, priority, status, subject, created_at, created_by,"
                + " updated_at, first_response_minutes, resolution_minutes, sla_state, resolved_at, e_service_id,"
                + " institution_id) values (?, 'PHONE', 'NORMAL', ?, 'تاريخ التقرير', ?, 'history', ?, 60, 2880, ?, ?,"
                + " (select id from e_service where code = ?), (select id from institution where code = ?))";
        Object[][] tickets = {
            {"ENQUIRY", "RESOLVED", "2025-03-12T10:00:00", "ON_TRACK", "2025-03-12T15:00:00", "MOI-PASSPORT-NEW", "MOI"},
            {"ENQUIRY", "RESOLVED", "2025-03-12T11:00:00", "BREACHED", "2025-03-14T10:00:00", null, null},
            {"ENQUIRY", "OPEN", "2025-03-10T09:30:00", "BREACHED", null, null, null},
            {"DOCUMENT_ISSUE", "RESOLVED", "2025-03-12T12:00:00", "BREACHED", "2025-03-12T20:00:00",
                "MOI-PASSPORT-NEW", "MOI"},
            {"OTHER", "CLOSED", "2025-03-12T13:00:00", "ON_TRACK", null, null, null}, // a merged duplicate
        };
        for (Object[] t : tickets) {
            java.sql.Timestamp created = java.sql.Timestamp.from(atBaghdad((String) t[2]));
            SystemUnderTest.execute(insert, t[0], t[1], created, created, t[3],
                    t[4] == null ? null : java.sql.Timestamp.from(atBaghdad((String) t[4])), t[5], t[6]);
        }
    }

    private static Instant atBaghdad(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BAGHDAD).toInstant();
    }

    @Test
    void theTicketReportCountsCreatedResolvedAndBacklogByTypeAndEService() throws Exception {
        ticketHistory();
        String period = "from=2025-03-12&to=2025-03-12";
        JsonObject byType = supervisor.get("/api/v1/reports/tickets?" + period + "&by=TYPE").object();
        Map<String, JsonObject> types = rows(byType);
        JsonObject enquiries = types.get("ENQUIRY");
        assertEquals(2, enquiries.getInt("created"));
        assertEquals(1, enquiries.getInt("resolved"), "the other was resolved after the period");
        assertEquals(2, enquiries.getInt("backlog"), "open at the end: resolved later, and the one from the 10th");
        assertEquals(1.0, enquiries.getJsonNumber("slaCompliance").doubleValue(), 1e-9);
        assertEquals(0.0, types.get("DOCUMENT_ISSUE").getJsonNumber("slaCompliance").doubleValue(), 1e-9);
        assertEquals(0, types.get("OTHER").getInt("backlog"), "a merged duplicate is done");
        JsonObject total = byType.getJsonObject("total");
        assertEquals(List.of(4, 2, 2, 1), List.of(total.getInt("created"), total.getInt("resolved"),
                total.getInt("backlog"), total.getInt("resolvedWithinSla")));
        assertEquals("ENQUIRY", byType.getJsonArray("rows").getJsonObject(0).getString("key"), "the most first");

        Map<String, JsonObject> services = rows(supervisor.get("/api/v1/reports/tickets?" + period
                + "&by=E_SERVICE").object());
        assertEquals(2, services.get("MOI-PASSPORT-NEW").getInt("created"));
        assertEquals(2, services.get("").getInt("created"), "tickets about no e-service");
        var csv = supervisor.download("/api/v1/reports/tickets.csv?" + period + "&by=INSTITUTION");
        String text = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.contains("\"MOI\",2,2,0,1,0.5000"), text);
        assertTrue(text.contains("\"total\",4,2,2,1,0.5000"), text);
    }
}
