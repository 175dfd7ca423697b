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
import org.hotline.common.Role;
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
        play(PbxCalls.answered(
                linkedid(second),
                "07711000002",
                "enquiries",
                "PJSIP/1601",
                "Agent 1601",
                second,
                20,
                120)); // answered at exactly N = 20
        play(PbxCalls.answered(
                linkedid(third), "07711000003", "registration", "PJSIP/1602", "Agent 1602", third, 45, 30));
        play(PbxCalls.abandoned(
                linkedid(abandoned),
                "07711000004",
                "enquiries",
                "PJSIP/1602",
                "Agent 1602",
                abandoned,
                20)); // abandoned at exactly N = 20
        play(PbxCalls.blindTransfer(
                linkedid(transferred),
                "07711000005",
                "enquiries",
                "PJSIP/1601",
                "Agent 1601",
                "1700",
                transferred,
                8,
                90));
        play(PbxCalls.afterHours(linkedid(night), "07711000006", night));
        play(List.of(
                PbxCalls.variableSet(linkedid(menus), "07711000007", "HOTLINE_STEP", "language", menus),
                PbxCalls.variableSet(linkedid(menus), "07711000007", "HOTLINE_STEP", "menu", menus.plusSeconds(4))));
        play(PbxCalls.ivrOnly(linkedid(menus), "07711000007", menus)); // hangs up in the main menu
        for (Instant call : List.of(first, second, third, transferred)) {
            awaitDisposition(linkedid(call), "ANSWERED");
            awaitFilled(linkedid(call), "ended_at");
        }
        awaitFilled(linkedid(third), "wrap_up_seconds");
        awaitDisposition(linkedid(abandoned), "ABANDONED");
        awaitDisposition(linkedid(night), "AFTER_HOURS");
        awaitDisposition(linkedid(menus), "IVR_ONLY");
        anAgentsDay();
        SystemUnderTest.eventually(
                java.time.Duration.ofSeconds(30),
                "the abandoned caller's callback task",
                () -> "1"
                        .equals(SystemUnderTest.queryString(
                                "select count(*) from ticket where type = 'CALLBACK'" + " and call_linkedid = ?",
                                linkedid(abandoned))));
    }

    private static final String AGENT_DAY = "2025-03-11";

    private static Instant onAgentDay(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BAGHDAD).toInstant();
    }

    /**
     * Agent 1603's 11 March 2025, as the PBX tells it: signed in to the status queue the evening before (23:00) and to
     * registration at 08:00; a call answered at 09:00 (60 s of talk); paused for a break 10:15–10:30 and for prayer
     * 12:00–12:10 (one QueuePause, so one event per queue); out of registration at 16:00 and of the last queue at 17:00.
     */
    private static void anAgentsDay() throws Exception {
        String phone = "PJSIP/1603";
        String name = "Agent 1603";
        Instant call = onAgentDay(AGENT_DAY + "T09:00:00");
        play(List.of(
                PbxCalls.member(
                        "QueueMemberAdded", "status", phone, name, false, "", onAgentDay("2025-03-10T23:00:00")),
                PbxCalls.member(
                        "QueueMemberAdded",
                        "registration",
                        phone,
                        name,
                        false,
                        "",
                        onAgentDay(AGENT_DAY + "T08:00:00"))));
        // Signed in hours before the call, as the PBX told it: known to the live picture before the call comes.
        SystemUnderTest.eventually(
                java.time.Duration.ofSeconds(30),
                "the agent signed in",
                () -> !"0"
                        .equals(SystemUnderTest.queryString(
                                "select count(*) from agent_presence where phone_interface = ?", phone)));
        play(PbxCalls.answered(linkedid(call), "07711000008", "status", phone, name, call, 5, 60));
        // The wrap-up is the member's as the PBX holds it when the call ends: before the day's later events.
        awaitFilled(linkedid(call), "wrap_up_seconds");
        for (String[] pause : new String[][] {{"BREAK", "10:15:00", "10:30:00"}, {"PRAYER", "12:00:00", "12:10:00"}}) {
            for (boolean paused : new boolean[] {true, false}) {
                Instant at = onAgentDay(AGENT_DAY + "T" + pause[paused ? 1 : 2]);
                play(List.of(
                        PbxCalls.member("QueueMemberPause", "status", phone, name, paused, pause[0], at),
                        PbxCalls.member("QueueMemberPause", "registration", phone, name, paused, pause[0], at)));
            }
        }
        play(List.of(
                PbxCalls.member(
                        "QueueMemberRemoved",
                        "registration",
                        phone,
                        name,
                        false,
                        "",
                        onAgentDay(AGENT_DAY + "T16:00:00")),
                PbxCalls.member(
                        "QueueMemberRemoved", "status", phone, name, false, "", onAgentDay(AGENT_DAY + "T17:00:00"))));
        awaitFilled(linkedid(call), "ended_at");
        awaitFilled(linkedid(call), "wrap_up_seconds");
        SystemUnderTest.eventually(
                java.time.Duration.ofSeconds(30),
                "the agent's presence kept",
                () -> "6"
                        .equals(SystemUnderTest.queryString(
                                "select count(*) from agent_presence where phone_interface = ? and at < ?",
                                phone,
                                java.sql.Timestamp.from(onAgentDay("2025-03-12T00:00:00")))));
    }

    private static JsonObject report(String by) throws Exception {
        Api.Answer answer = supervisor.get("/api/v1/reports/calls?from=" + DAY + "&to=" + DAY + "&by=" + by);
        assertEquals(200, answer.status(), answer.text());
        return answer.object();
    }

    private static Map<String, JsonObject> rows(JsonObject report) {
        Map<String, JsonObject> rows = new HashMap<>();
        report.getJsonArray("rows")
                .getValuesAs(JsonObject.class)
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
        assertEquals(0, total.getInt("timedOut"), "the abandoned caller gave up; no queue timed out");
        assertEquals(1, total.getInt("callbacksRequested"), "the abandoned caller's task");
        assertEquals(0, total.getInt("callbacksCompleted"));
        Map<String, JsonObject> days = rows(report("DAY"));
        assertEquals(List.of(DAY), List.copyOf(days.keySet()), "the call crossing midnight counts on the day it began");

        Map<String, JsonObject> hours = rows(report("HOUR"));
        assertEquals(
                Map.of("06", 0, "10", 2, "11", 2, "23", 1),
                Map.of(
                        "06",
                        hours.get("06").getInt("offered"),
                        "10",
                        hours.get("10").getInt("offered"),
                        "11",
                        hours.get("11").getInt("offered"),
                        "23",
                        hours.get("23").getInt("offered")));
        assertEquals(1, hours.get("06").getInt("afterHours"));
        assertEquals(1, hours.get("11").getInt("abandoned"));

        Map<String, JsonObject> queues = rows(report("QUEUE"));
        assertEquals(4, queues.get("enquiries").getInt("offered"));
        assertEquals(1, queues.get("registration").getInt("offered"));
        assertEquals(0, queues.get("registration").getInt("answeredWithin"));
        assertEquals(
                30.0,
                queues.get("registration").getJsonNumber("averageHandleTime").doubleValue(),
                1e-9,
                "30 s of talk, and no wrap-up: the PBX holds none for that queue");
        Map<String, JsonObject> steps = rows(report("LAST_STEP"));
        assertEquals(1, steps.get("menu").getInt("endedInIvr"), "where the caller hung up in the IVR");
        assertEquals(5, rows(report("TOPIC")).get("enquiry").getInt("calls"), "where callers go");
        Map<String, JsonObject> agents = rows(report("AGENT"));
        assertEquals(3, agents.get("Agent 1601").getInt("answered"));
        assertEquals(1, agents.get("Agent 1602").getInt("answered"));
        JsonObject strict = supervisor
                .get("/api/v1/reports/calls?from=" + DAY + "&to=" + DAY + "&by=DAY&answerSeconds=8")
                .object()
                .getJsonObject("total");
        assertEquals(2, strict.getInt("answeredWithin"), "N is the supervisor's: within 8 s, the 5 and the 8");
        assertEquals(0.4, strict.getJsonNumber("serviceLevel").doubleValue(), 1e-9);
    }

    @Test
    void theCsvCarriesTheSameNumbersAndItsExportIsAudited() throws Exception {
        var csv = supervisor.download("/api/v1/reports/calls.csv?from=" + DAY + "&to=" + DAY + "&by=QUEUE");
        String text = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(200, csv.statusCode(), text);
        assertTrue(
                csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"),
                csv.headers().toString());
        List<String> lines = text.lines().toList();
        assertEquals(
                "queue,offered,answered,abandoned,answered_within_20s,service_level,abandon_rate,"
                        + "average_speed_of_answer_s,average_handle_time_s,longest_wait_s,after_hours,callbacks_requested,"
                        + "callbacks_completed,calls,ended_in_ivr,timed_out",
                lines.get(0));
        assertTrue(
                lines.stream().anyMatch(line -> line.startsWith("\"enquiries\",4,3,1,3,0.7500,0.2500,11.0,")),
                lines.toString());
        assertTrue(
                lines.stream().anyMatch(line -> line.startsWith("\"registration\",1,1,0,0,0.0000,0.0000,45.0,")),
                lines.toString());
        assertTrue(lines.get(lines.size() - 1).startsWith("\"total\",5,4,1,3,0.6000,0.2000,19.5,"), lines.toString());
        assertEquals(
                "1",
                SystemUnderTest.queryString(
                        "select count(*) from audit_entry where actor = ? and action ="
                                + " 'REPORT_EXPORTED' and detail like ?",
                        "report.supervisor",
                        "%QUEUE " + DAY + "%"));
    }

    @Test
    void theWorkbookOpensInExcelTermsAndCarriesTheSameNumbers() throws Exception {
        var xlsx = supervisor.download("/api/v1/reports/calls.xlsx?from=" + DAY + "&to=" + DAY + "&by=QUEUE&lang=en");
        assertEquals(200, xlsx.statusCode());
        assertTrue(xlsx.headers()
                .firstValue("Content-Type")
                .orElse("")
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        try (var workbook =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            var sheet = workbook.getSheetAt(0);
            assertEquals("Queue", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Offered", sheet.getRow(0).getCell(1).getStringCellValue());
            assertEquals("Answered within 20 s", sheet.getRow(0).getCell(4).getStringCellValue());
            Map<String, org.apache.poi.ss.usermodel.Row> rows = new HashMap<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                var key = sheet.getRow(r).getCell(0); // calls that reached no queue have none
                rows.put(key == null ? "" : key.getStringCellValue(), sheet.getRow(r));
            }
            var enquiries = rows.get("enquiries");
            assertEquals(
                    List.of(4.0, 3.0, 1.0, 3.0, 0.75),
                    List.of(
                            enquiries.getCell(1).getNumericCellValue(),
                            enquiries.getCell(2).getNumericCellValue(),
                            enquiries.getCell(3).getNumericCellValue(),
                            enquiries.getCell(4).getNumericCellValue(),
                            enquiries.getCell(5).getNumericCellValue()));
            assertEquals("0.0%", enquiries.getCell(5).getCellStyle().getDataFormatString(), "a fraction shows as %");
            assertEquals(5.0, rows.get("Total").getCell(1).getNumericCellValue(), "the total, named for people");
            assertTrue(!sheet.isRightToLeft(), "English reads left to right");
        }
        var arabic = supervisor.download("/api/v1/reports/tickets.xlsx?from=2025-03-12&to=2025-03-12&lang=ar");
        try (var workbook =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(arabic.body()))) {
            assertTrue(workbook.getSheetAt(0).isRightToLeft(), "Arabic reads right to left");
            assertEquals("النوع", workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
        }
        assertEquals(
                "1",
                SystemUnderTest.queryString(
                        "select count(*) from audit_entry where actor = ? and action ="
                                + " 'REPORT_EXPORTED' and detail like ?",
                        "report.supervisor",
                        "XLSX calls by QUEUE " + DAY + "%"));
    }

    @Test
    void theDailySummaryIsAPdfOfTheDaysFigures() throws Exception {
        var pdf = supervisor.download("/api/v1/reports/daily.pdf?day=" + DAY + "&lang=en");
        assertEquals(200, pdf.statusCode(), new String(pdf.body(), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf.body());
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(page))
                    .append('\n');
        }
        String all = text.toString();
        assertTrue(all.contains("Hotline 5599") && all.contains(DAY), all);
        assertTrue(all.contains("Calls by hour") && all.contains("Agents"), all);
        assertTrue(all.contains("Service level") && all.contains("60%"), "the day's service level: " + all);
        var arabic = supervisor.download("/api/v1/reports/daily.pdf?day=" + DAY + "&lang=ar");
        assertEquals(200, arabic.statusCode());
        assertTrue(new com.lowagie.text.pdf.PdfReader(arabic.body()).getNumberOfPages() >= 1);
        assertEquals(
                "2",
                SystemUnderTest.queryString(
                        "select count(*) from audit_entry where actor = ? and action ="
                                + " 'REPORT_EXPORTED' and detail = ?",
                        "report.supervisor",
                        "PDF daily summary " + DAY));
        assertEquals(
                400,
                supervisor.download("/api/v1/reports/daily.pdf?day=yesterday").statusCode());
        assertEquals(
                400,
                supervisor
                        .download("/api/v1/reports/daily.pdf?day=" + DAY + "&lang=fr")
                        .statusCode());
    }

    @Test
    void theAgentReportCountsCallsHandledTimeSignedInAndPausesByReason() throws Exception {
        JsonObject report = supervisor
                .get("/api/v1/reports/agents?from=" + AGENT_DAY + "&to=" + AGENT_DAY)
                .object();
        JsonObject agent = report.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(row -> row.getString("agent").equals("Agent 1603"))
                .findFirst()
                .orElseThrow();
        assertEquals(1, agent.getInt("callsHandled"));
        assertEquals(
                60 + 3,
                agent.getInt("handleSeconds"),
                "talk, and the 3 s of wrap-up the PBX holds after a"
                        + " call of the status queue (its wrapuptime, HOTLINE_QUEUE_WRAPUP on the test server)");
        assertEquals(
                17 * 3600, agent.getInt("signedInSeconds"), "from midnight (signed in the evening before) to 17:00");
        assertEquals(25 * 60, agent.getInt("pausedSeconds"));
        assertEquals(15 * 60, agent.getJsonObject("pausedByReason").getInt("BREAK"));
        assertEquals(10 * 60, agent.getJsonObject("pausedByReason").getInt("PRAYER"));
        assertEquals(
                List.of("BREAK", "PRAYER"),
                report.getJsonArray("pauseReasons").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList());
        JsonObject dayBefore = supervisor
                .get("/api/v1/reports/agents?from=2025-03-10&to=2025-03-10")
                .object();
        assertEquals(
                3600,
                dayBefore.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                        .filter(row -> row.getString("agent").equals("Agent 1603"))
                        .findFirst()
                        .orElseThrow()
                        .getInt("signedInSeconds"),
                "23:00 to midnight");
        var csv = supervisor.download("/api/v1/reports/agents.csv?from=" + AGENT_DAY + "&to=" + AGENT_DAY);
        String text = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(
                text.startsWith("agent,calls_handled,handle_s,average_handle_time_s,signed_in_s,paused_s,"
                        + "paused_break_s,paused_prayer_s\r\n"),
                text);
        assertTrue(text.contains("\"Agent 1603\",1,63,63.0,61200,1500,900,600\r\n"), text);
        assertEquals(
                403,
                Api.as("report.agent", PASSWORD).get("/api/v1/reports/agents").status());
    }

    @Test
    void onlySupervisorsAndAdministratorsGetReportsAndMistakesAre400() throws Exception {
        Api agent = Api.as("report.agent", PASSWORD);
        assertEquals(
                403,
                agent.get("/api/v1/reports/calls?from=" + DAY + "&to=" + DAY).status());
        assertEquals(
                403,
                agent.download("/api/v1/reports/calls.csv?from=" + DAY + "&to=" + DAY)
                        .statusCode());
        assertEquals(401, Api.anonymous().get("/api/v1/reports/calls").status());
        assertEquals(
                200,
                Api.as("admin", SystemUnderTest.ADMIN_PASSWORD)
                        .get("/api/v1/reports/calls?from=" + DAY + "&to=" + DAY)
                        .status());
        Api.Answer backwards = supervisor.get("/api/v1/reports/calls?from=2025-03-10&to=2025-03-09");
        assertEquals(400, backwards.status());
        assertTrue(backwards.text().contains("invalid-period"), backwards.text());
        assertEquals(
                400,
                supervisor
                        .get("/api/v1/reports/calls?from=2024-01-01&to=2025-03-10")
                        .status(),
                "over a year");
        assertEquals(400, supervisor.get("/api/v1/reports/calls?by=WEEKDAY").status());
        assertEquals(
                400, supervisor.get("/api/v1/reports/calls?answerSeconds=0").status());
        assertEquals(
                400,
                supervisor.get("/api/v1/reports/calls?answerSeconds=twenty").status());
        assertEquals(
                400,
                supervisor
                        .download("/api/v1/reports/calls.xlsx?from=" + DAY + "&to=" + DAY + "&by=HOUR&lang=fr")
                        .statusCode());
        assertEquals(
                "0",
                SystemUnderTest.queryString(
                        "select count(*) from audit_entry where action =" + " 'REPORT_EXPORTED' and detail like ?",
                        "XLSX calls by HOUR " + DAY + "%"),
                "an export refused is not an export");
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
            assertTrue(browser.isShown(By.cssSelector("#lineChart canvas")), "by day, the line of the service level");
            assertTrue(browser.isShown(By.id("agents")), "the agents");
            assertTrue(browser.isShown(By.cssSelector("#complaintTotals .complaints-received")), "complaint totals");
            assertTrue(browser.isShown(By.id("period:dailyPdf")), "the daily summary");
            browser.follow(By.linkText("English"));
            assertEquals("ltr", browser.direction());
            assertTrue(browser.text(By.tagName("body")).contains("Service level"));
        }
    }

    /** The agent's day (11 March: one call, answered in 5 s) against the day of calls before it (10 March). */
    @Test
    void aDayIsComparedWithTheDayBeforeThroughTheApi() throws Exception {
        Api.Answer answer = supervisor.get("/api/v1/reports/comparison?from=" + AGENT_DAY + "&to=" + AGENT_DAY);
        assertEquals(200, answer.status(), answer.text());
        JsonObject comparison = answer.object();
        assertEquals(DAY, comparison.getString("previousFrom"));
        assertEquals(DAY, comparison.getString("previousTo"));
        Map<String, JsonObject> measures = new HashMap<>();
        comparison
                .getJsonArray("measures")
                .getValuesAs(JsonObject.class)
                .forEach(measure -> measures.put(measure.getString("name"), measure));
        JsonObject offered = measures.get("offered");
        assertEquals(
                List.of(1.0, 5.0, -80.0),
                List.of(
                        offered.getJsonNumber("current").doubleValue(),
                        offered.getJsonNumber("previous").doubleValue(),
                        offered.getJsonNumber("change").doubleValue()));
        assertEquals("NEUTRAL", offered.getString("verdict"), "more or fewer calls is neither better nor worse");
        JsonObject serviceLevel = measures.get("serviceLevel");
        assertEquals(40.0, serviceLevel.getJsonNumber("change").doubleValue(), 1e-9, "100% against 60%: points");
        assertEquals("BETTER", serviceLevel.getString("verdict"));
        assertEquals("BETTER", measures.get("abandonRate").getString("verdict"), "none abandoned against one");
        assertEquals(
                400,
                supervisor
                        .get("/api/v1/reports/comparison?from=2025-03-12&to=2025-03-11")
                        .status());
        Api agent = Api.as("report.agent", PASSWORD);
        assertEquals(403, agent.get("/api/v1/reports/comparison").status());
    }

    @Test
    void theComparisonIsReadInArabicAndKeepsItsPeriodAcrossALanguageSwitch() throws Exception {
        try (Browser browser = new Browser()) {
            browser.signIn("report.supervisor", PASSWORD);
            browser.open("/supervisor/reports.xhtml");
            browser.script("document.getElementById('period:from_input').value = '" + AGENT_DAY + "';"
                    + "document.getElementById('period:to_input').value = '" + AGENT_DAY + "'");
            browser.click(By.cssSelector("#period\\:compare .ui-chkbox-box"));
            browser.submit(By.id("period:show"));
            assertTrue(
                    browser.address().contains("compare=true")
                            && browser.address().contains("from=" + AGENT_DAY),
                    "the period is in the address: " + browser.address());
            assertEquals(List.of("100%", "60%", "+40 نقطة", "أفضل"), comparisonRow(browser, "مستوى الخدمة"));
            assertEquals(
                    List.of("1", "5", "\u221280%", ""),
                    comparisonRow(browser, "المكالمات المعروضة"),
                    "a volume has a change but no verdict");
            browser.screenshot("report-comparison-ar");
            browser.follow(By.linkText("کوردی"));
            assertEquals(List.of("100%", "60%", "+40 خاڵ", "باشتر"), comparisonRow(browser, "ئاستی خزمەتگوزاری"));
            browser.follow(By.linkText("English"));
            assertEquals("ltr", browser.direction());
            assertEquals(AGENT_DAY, browser.value(By.id("period:from_input")), "the period survives the switch");
            assertEquals(List.of("100%", "60%", "+40 pts", "better"), comparisonRow(browser, "Service level"));
            browser.open("/supervisor/reports.xhtml?from=March&compare=true");
            assertTrue(
                    browser.text(By.id("period:messages")).contains("A date as YYYY-MM-DD."),
                    "a mangled date in the address is said: " + browser.text(By.id("period:messages")));
            assertTrue(browser.elements(By.id("measures")).isEmpty(), "and no comparison of an unknown period");
            browser.open("/supervisor/reports.xhtml?answerSeconds=0&compare=true");
            assertTrue(
                    browser.text(By.id("period")).contains("Give N, from 1 to 600 seconds."),
                    "an N out of range in the address is said, not a server error: " + browser.text(By.id("period")));
            browser.open("/supervisor/reports.xhtml?from=0001-01-01&to=0001-01-02&compare=true");
            assertTrue(
                    browser.text(By.id("period")).contains("A period lies between 1900-01-01 and 2999-12-31."),
                    "a day no record can have is refused as the API refuses it: " + browser.text(By.id("period")));
            assertTrue(browser.elements(By.id("measures")).isEmpty());
        }
    }

    /** A comparison row's figures, as a supervisor reads them: this period, the previous, the change, the verdict. */
    private static List<String> comparisonRow(Browser browser, String figure) {
        var row = browser.find(By.xpath("//*[@id='measures']//tr[td[1][normalize-space()='" + figure + "']]"));
        return java.util.stream.Stream.of("current", "previous", "change", "verdict")
                .map(part -> {
                    List<org.openqa.selenium.WebElement> found = row.findElements(By.className(part));
                    return found.isEmpty()
                            ? ""
                            : found.get(0)
                                    .getText()
                                    .replaceAll("[\u2066-\u2069]", "")
                                    .strip();
                })
                .toList();
    }

    /**
     * Tickets of another day of their own (12 March 2025), as history would leave them: written into the table,
     * since the application opens tickets only now.
     */
    private static void ticketHistory() throws Exception {
        String insert = "insert into ticket (type, channel, priority, status, subject, created_at, created_by,"
                + " updated_at, first_response_minutes, resolution_minutes, sla_state, resolved_at, e_service_id,"
                + " institution_id, first_responded_at, first_response_state, call_linkedid) values (?, 'PHONE',"
                + " 'NORMAL', ?, 'تاريخ التقرير', ?, 'history', ?, 60, 2880, ?, ?, (select id from e_service where"
                + " code = ?), (select id from institution where code = ?), ?, ?, ?)";
        String fromFirstCall = linkedid(at("10:00:00")); // entered 10 March 10:00
        String fromThirdCall = linkedid(at("11:10:00")); // entered 10 March 11:10
        Object[][] tickets = {
            {
                "ENQUIRY",
                "RESOLVED",
                "2025-03-12T10:00:00",
                "ON_TRACK",
                "2025-03-12T15:00:00",
                "MOI-PASSPORT-NEW",
                "MOI",
                "2025-03-12T10:30:00",
                "ON_TRACK",
                fromFirstCall
            },
            {
                "ENQUIRY",
                "RESOLVED",
                "2025-03-12T11:00:00",
                "BREACHED",
                "2025-03-14T10:00:00",
                null,
                null,
                "2025-03-12T11:30:00",
                "AT_RISK",
                null
            },
            {"ENQUIRY", "OPEN", "2025-03-10T09:30:00", "BREACHED", null, null, null, null, "BREACHED", null},
            {
                "DOCUMENT_ISSUE",
                "RESOLVED",
                "2025-03-12T12:00:00",
                "BREACHED",
                "2025-03-12T20:00:00",
                "MOI-PASSPORT-NEW",
                "MOI",
                "2025-03-12T14:00:00",
                "BREACHED",
                fromThirdCall
            },
            {"OTHER", "CLOSED", "2025-03-12T13:00:00", "ON_TRACK", null, null, null, null, null, null}, // merged
        };
        for (Object[] t : tickets) {
            java.sql.Timestamp created = java.sql.Timestamp.from(atBaghdad((String) t[2]));
            SystemUnderTest.execute(
                    insert,
                    t[0],
                    t[1],
                    created,
                    created,
                    t[3],
                    timestamp(t[4]),
                    t[5],
                    t[6],
                    timestamp(t[7]),
                    t[8],
                    t[9]);
        }
    }

    private static java.sql.Timestamp timestamp(Object localDateTime) {
        return localDateTime == null ? null : java.sql.Timestamp.from(atBaghdad((String) localDateTime));
    }

    private static Instant atBaghdad(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BAGHDAD).toInstant();
    }

    @Test
    void theTicketReportCountsCreatedResolvedAndBacklogByTypeAndEService() throws Exception {
        ticketHistory();
        String period = "from=2025-03-12&to=2025-03-12";
        JsonObject byType =
                supervisor.get("/api/v1/reports/tickets?" + period + "&by=TYPE").object();
        Map<String, JsonObject> types = rows(byType);
        JsonObject enquiries = types.get("ENQUIRY");
        assertEquals(2, enquiries.getInt("created"));
        assertEquals(1, enquiries.getInt("resolved"), "the other was resolved after the period");
        assertEquals(2, enquiries.getInt("backlog"), "open at the end: resolved later, and the one from the 10th");
        assertEquals(1.0, enquiries.getJsonNumber("slaCompliance").doubleValue(), 1e-9);
        assertEquals(
                0.0, types.get("DOCUMENT_ISSUE").getJsonNumber("slaCompliance").doubleValue(), 1e-9);
        assertEquals(0, types.get("OTHER").getInt("backlog"), "a merged duplicate is done");
        JsonObject total = byType.getJsonObject("total");
        assertEquals(
                List.of(4, 2, 2, 1),
                List.of(
                        total.getInt("created"),
                        total.getInt("resolved"),
                        total.getInt("backlog"),
                        total.getInt("resolvedWithinSla")));
        assertEquals("ENQUIRY", byType.getJsonArray("rows").getJsonObject(0).getString("key"), "the most first");
        assertEquals(
                List.of(3, 3, 2),
                List.of(
                        total.getInt("firstResponses"),
                        total.getInt("firstResponsesMeasured"),
                        total.getInt("firstResponsesWithinSla")),
                "answered on the 12th: on track, at risk and breached");
        assertEquals(2.0 / 3, total.getJsonNumber("firstResponseCompliance").doubleValue(), 1e-9);
        assertEquals(1.0, enquiries.getJsonNumber("firstResponseCompliance").doubleValue(), 1e-9);
        // End to end: two of the tickets resolved on the 12th were opened from calls of the 10th.
        assertEquals(2, total.getInt("resolvedFromCalls"));
        assertEquals(1, total.getInt("resolvedFromCallsWithinSla"));
        assertEquals(
                (53 * 3600 + 56 * 3600 + 50 * 60) / 2.0,
                total.getJsonNumber("averageCallToResolution").doubleValue(),
                1e-9,
                "10:00 to 15:00 two days on," + " and 11:10 to 20:00");
        assertEquals(56 * 3600 + 50 * 60, total.getInt("longestCallToResolution"));

        Map<String, JsonObject> services = rows(supervisor
                .get("/api/v1/reports/tickets?" + period + "&by=E_SERVICE")
                .object());
        assertEquals(2, services.get("MOI-PASSPORT-NEW").getInt("created"));
        assertEquals(2, services.get("").getInt("created"), "tickets about no e-service");
        var csv = supervisor.download("/api/v1/reports/tickets.csv?" + period + "&by=INSTITUTION");
        String text = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.contains("\"MOI\",2,2,0,1,0.5000"), text);
        assertTrue(text.contains("\"total\",4,2,2,1,0.5000,3,2,0.6667,2,1,197700.0,204600"), text);
    }
}
