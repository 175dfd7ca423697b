package org.hotline.it;

import static org.hotline.it.CallRecords.awaitDisposition;
import static org.hotline.it.CallRecords.awaitFilled;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hotline.common.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The staffing forecast on a call history played through the fake Asterisk on Wednesdays of their own (9 and 16
 * August 2023; a call on the Wednesday before and one on a Thursday must not count with two weeks):
 *
 * <ul>
 *   <li>10:00–10:30: 5 calls on the 9th and 7 on the 16th, each waiting 10 s and handled in 897 s of talk and the
 *       status queue's 3 s of wrap-up: 6 calls and 900 s on average, 3 Erlangs;
 *   <li>10:30–11:00: one call a day answered after 30 s (597 s + 3 s) and, on the 9th, a caller who gave up after 60
 *       s: 1.5 calls, 600 s, 0.5 Erlangs;
 *   <li>the callers' patience: all the offered calls' waits (12 × 10 + 30 + 60 + 30 = 240 s) over the one abandoned
 *       call: 240 s;
 *   <li>signed in: on the 9th three phones 09:45–11:00; on the 16th five phones from 10:00, two of them out at 10:45
 *       and three at 11:00: 4 agents at 10:00 on average, 3.5 at 10:30.
 * </ul>
 *
 * For 80 % within 20 s: 3 Erlangs need 6 agents (service level 90.7 %), but 6 lose 0.0991 / (1 + 3·240/900) = 5.5 %
 * of callers, more than 5 %: 7 agents (1.8 %); 0.5 Erlangs need 2 agents (90.5 %), which lose 6.25 %: 3 (0.76 %).
 * Without the abandonment limit (100 %): 6 and 2.
 */
class StaffingForecastIT {

    private static final String PASSWORD = "a long test passphrase 5599";
    private static final ZoneId BAGHDAD = ZoneId.of("Asia/Baghdad");
    private static final String FIRST = "2023-08-09";
    private static final String SECOND = "2023-08-16";
    private static final String QUERY = "weekday=WEDNESDAY&weeks=2&to=" + SECOND;
    private static Api supervisor;

    private static Instant at(String day, String time) {
        return LocalDateTime.parse(day + "T" + time).atZone(BAGHDAD).toInstant();
    }

    private static String linkedid(Instant start) {
        return start.getEpochSecond() + ".25";
    }

    private static void play(List<String> blocks) throws Exception {
        for (String block : blocks) {
            TestPbx.get().send(block);
        }
    }

    private static String phone(int n) {
        return "PJSIP/250" + n;
    }

    private static String agent(int n) {
        return "Agent 250" + n;
    }

    private static void signIn(String day, String time, int... phones) throws Exception {
        for (int n : phones) {
            play(List.of(PbxCalls.member("QueueMemberAdded", "status", phone(n), agent(n), false, "", at(day, time))));
        }
    }

    private static void signOut(String day, String time, int... phones) throws Exception {
        for (int n : phones) {
            play(List.of(
                    PbxCalls.member("QueueMemberRemoved", "status", phone(n), agent(n), false, "", at(day, time))));
        }
    }

    /** A day of calls: {@code tenOClock} calls from 10:00, four minutes apart, and the half hour after. */
    private static List<String> day(String day, int tenOClock, boolean abandoned, int... phones) throws Exception {
        List<String> answered = new ArrayList<>();
        for (int i = 0; i < tenOClock; i++) {
            Instant start = at(day, "10:00:00").plusSeconds(240L * i);
            int n = phones[i % phones.length];
            play(PbxCalls.answered(linkedid(start), "0771250000" + i, "status", phone(n), agent(n), start, 10, 897));
            answered.add(linkedid(start));
        }
        Instant later = at(day, "10:35:00");
        play(PbxCalls.answered(linkedid(later), "07712500010", "status", phone(1), agent(1), later, 30, 597));
        answered.add(linkedid(later));
        if (abandoned) {
            Instant gaveUp = at(day, "10:40:00");
            play(PbxCalls.abandoned(linkedid(gaveUp), "07712500011", "status", phone(2), agent(2), gaveUp, 60));
            awaitDisposition(linkedid(gaveUp), "ABANDONED");
        }
        for (String call : answered) {
            awaitDisposition(call, "ANSWERED");
            awaitFilled(call, "ended_at");
            awaitFilled(call, "wrap_up_seconds");
        }
        return answered;
    }

    @BeforeAll
    static void twoWednesdaysOfCalls() throws Exception {
        SystemUnderTest.ensureUser("staffing.supervisor", "Staffing Supervisor", PASSWORD, Role.SUPERVISOR);
        SystemUnderTest.ensureUser("staffing.agent", "Staffing Agent", PASSWORD, Role.AGENT);
        supervisor = Api.as("staffing.supervisor", PASSWORD);
        signIn(FIRST, "09:45:00", 1, 2, 3);
        awaitPresence(3);
        day(FIRST, 5, true, 1, 2, 3);
        signOut(FIRST, "11:00:00", 1, 2, 3);
        signIn(SECOND, "10:00:00", 1, 2, 3, 4, 5);
        awaitPresence(3 + 3 + 5);
        day(SECOND, 7, false, 1, 2, 3, 4, 5);
        signOut(SECOND, "10:45:00", 4, 5);
        signOut(SECOND, "11:00:00", 1, 2, 3);
        // Not the forecast's: the Wednesday before, and the Thursday between (an agent signed in for the call).
        for (String other : List.of("2023-08-02", "2023-08-10")) {
            Instant start = at(other, "10:10:00");
            signIn(other, "10:05:00", 6);
            play(PbxCalls.answered(linkedid(start), "07712500099", "status", phone(6), agent(6), start, 10, 60));
            awaitDisposition(linkedid(start), "ANSWERED");
            awaitFilled(linkedid(start), "ended_at");
            awaitFilled(linkedid(start), "wrap_up_seconds");
            signOut(other, "10:30:00", 6);
        }
        awaitPresence(3 + 3 + 5 + 5 + 4); // the last sign-out written: each phone's rows in order
    }

    private static void awaitPresence(int rows) {
        SystemUnderTest.eventually(
                Duration.ofSeconds(30),
                rows + " presence rows of the Wednesdays' phones",
                () -> String.valueOf(rows)
                        .equals(SystemUnderTest.queryString(
                                "select count(*) from agent_presence where phone_interface like 'PJSIP/250_'"
                                        + " and at < ?",
                                java.sql.Timestamp.from(at("2023-08-17", "00:00:00")))));
    }

    private static Map<String, JsonObject> slots(JsonObject forecast) {
        Map<String, JsonObject> slots = new HashMap<>();
        forecast.getJsonArray("rows")
                .getValuesAs(JsonObject.class)
                .forEach(row -> slots.put(row.getString("start"), row));
        return slots;
    }

    private static JsonObject forecast(String query) throws Exception {
        Api.Answer answer = supervisor.get("/api/v1/reports/staffing?" + query);
        assertEquals(200, answer.status(), answer.text());
        return answer.object();
    }

    @Test
    void theForecastIsWhatTheHistoryAndErlangCMake() throws Exception {
        JsonObject forecast = forecast(QUERY);
        assertEquals(
                List.of(SECOND, FIRST),
                forecast.getJsonArray("days").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList());
        assertEquals(240.0, forecast.getJsonNumber("patienceSeconds").doubleValue(), 1e-9, "240 s of waits, 1 gave up");
        Map<String, JsonObject> slots = slots(forecast);
        assertEquals(48, slots.size(), "the test server is open around the clock: every half hour");
        JsonObject ten = slots.get("10:00");
        assertEquals(6.0, ten.getJsonNumber("calls").doubleValue(), 1e-9, "(5 + 7) / 2: not the other days' calls");
        assertEquals(900.0, ten.getJsonNumber("averageHandleTime").doubleValue(), 1e-9, "897 s of talk + 3 s wrap-up");
        assertEquals(3.0, ten.getJsonNumber("erlangs").doubleValue(), 1e-9);
        assertEquals(7, ten.getInt("agentsNeeded"), "6 would lose 5.5 % of callers");
        assertEquals(0.9656, ten.getJsonNumber("serviceLevel").doubleValue(), 1e-9);
        assertEquals(4.0, ten.getJsonNumber("signedIn").doubleValue(), 1e-9, "(3 + 5) / 2");
        assertEquals(-3.0, ten.getJsonNumber("gap").doubleValue(), 1e-9);
        assertTrue(ten.getBoolean("shortOfAgents"));
        JsonObject half = slots.get("10:30");
        assertEquals(1.5, half.getJsonNumber("calls").doubleValue(), 1e-9);
        assertEquals(600.0, half.getJsonNumber("averageHandleTime").doubleValue(), 1e-9);
        assertEquals(3, half.getInt("agentsNeeded"));
        assertEquals(3.5, half.getJsonNumber("signedIn").doubleValue(), 1e-9, "(3 + 3 + 2 halves) / 2");
        assertFalse(half.getBoolean("shortOfAgents"));
        assertEquals(0, slots.get("12:00").getInt("agentsNeeded"), "no calls need no agents");

        Map<String, JsonObject> noLimit = slots(forecast(QUERY + "&maxAbandoned=100"));
        assertEquals(6, noLimit.get("10:00").getInt("agentsNeeded"), "80 % within 20 s alone");
        assertEquals(2, noLimit.get("10:30").getInt("agentsNeeded"));
        Map<String, JsonObject> threeWeeks = slots(forecast("weekday=WEDNESDAY&weeks=3&to=" + SECOND));
        assertEquals(13 / 3.0, threeWeeks.get("10:00").getJsonNumber("calls").doubleValue(), 1e-9, "with the 2nd");
    }

    private static int exportsAudited() throws Exception {
        return Integer.parseInt(SystemUnderTest.queryString(
                "select count(*) from audit_entry where actor = ? and action = 'REPORT_EXPORTED' and detail like ?",
                "staffing.supervisor",
                "%staffing WEDNESDAY 2 weeks to " + SECOND + "%"));
    }

    @Test
    void theExportsCarryTheSameNumbersAndAreAudited() throws Exception {
        int audited = exportsAudited();
        var csv = supervisor.download("/api/v1/reports/staffing.csv?" + QUERY);
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertEquals(200, csv.statusCode(), text);
        List<String> lines = text.lines().toList();
        assertEquals(
                "half_hour,calls_forecast,average_handle_time_s,erlangs,agents_needed,forecast_service_level,"
                        + "forecast_abandoned,agents_signed_in,agents_gap",
                lines.get(0));
        assertTrue(lines.contains("\"10:00\",6.0,900.0,3.0,7,0.9656,0.0182,4.0,-3.0"), text);
        var xlsx = supervisor.download("/api/v1/reports/staffing.xlsx?" + QUERY + "&lang=ar");
        assertEquals(200, xlsx.statusCode());
        try (var workbook =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            var sheet = workbook.getSheetAt(0);
            assertTrue(sheet.isRightToLeft(), "Arabic reads right to left");
            assertEquals("الموظفون المطلوبون", sheet.getRow(0).getCell(4).getStringCellValue());
            var ten = sheet.getRow(1 + 20); // 10:00 is the 21st half hour
            assertEquals("10:00", ten.getCell(0).getStringCellValue());
            assertEquals(7.0, ten.getCell(4).getNumericCellValue(), 1e-9);
        }
        assertEquals(audited + 2, exportsAudited(), "both exports are audited");
    }

    @Test
    void agentsAreRefusedAndBadInputIsTheClientsMistake() throws Exception {
        Api agent = Api.as("staffing.agent", PASSWORD);
        assertEquals(403, agent.get("/api/v1/reports/staffing?" + QUERY).status());
        assertEquals(
                403, agent.download("/api/v1/reports/staffing.csv?" + QUERY).statusCode());
        for (String bad : List.of(
                "serviceLevel=0",
                "serviceLevel=100",
                "serviceLevel=eighty",
                "answerSeconds=-5",
                "answerSeconds=601",
                "maxAbandoned=0",
                "weeks=0",
                "weeks=1000000",
                "weeks=99999999999",
                "weekday=FUNDAY",
                "to=2023-02-30",
                "to=0001-01-01")) {
            Api.Answer answer = supervisor.get("/api/v1/reports/staffing?" + bad);
            assertEquals(400, answer.status(), bad + ": " + answer.text());
            assertTrue(String.valueOf(answer.contentType()).startsWith("application/problem+json"), bad);
            assertTrue(answer.text().contains(bad.substring(0, bad.indexOf('='))), bad + " is named: " + answer.text());
        }
        for (String notANumber : List.of("weeks=twenty", "weeks=99999999999")) {
            String said =
                    supervisor.get("/api/v1/reports/staffing?" + notANumber).text();
            assertTrue(said.contains("from 1 to 26") && !said.contains("2147483647"), notANumber + ": " + said);
        }
        assertEquals(
                400,
                supervisor
                        .download("/api/v1/reports/staffing.xlsx?weekday=WEDNESDAY&weeks=5&lang=fr")
                        .statusCode());
        assertEquals(
                "0",
                SystemUnderTest.queryString(
                        "select count(*) from audit_entry where action = 'REPORT_EXPORTED' and detail like ?",
                        "XLSX staffing WEDNESDAY 5 weeks%"),
                "a refused export is no export");
    }

    @Test
    void aSupervisorReadsTheForecastInArabicKurdishAndEnglish() throws Exception {
        try (Browser browser = new Browser()) {
            browser.signIn("staffing.supervisor", PASSWORD);
            browser.open("/supervisor/staffing.xhtml?" + QUERY);
            assertEquals("rtl", browser.direction());
            var ten = By.xpath("//*[@id='slots']//tr[td//span[@class='start' and normalize-space()='10:00']]");
            assertEquals(
                    "7", browser.find(ten).findElement(By.className("needed")).getText());
            assertEquals(
                    "4",
                    browser.find(ten).findElement(By.className("signed-in")).getText());
            assertTrue(browser.find(ten).getAttribute("class").contains("short"), "the half hour short of agents");
            assertEquals(
                    "نقص",
                    browser.find(ten).findElement(By.className("short-label")).getText());
            assertTrue(browser.isShown(By.cssSelector("#chart canvas")), "the chart is drawn");
            browser.screenshot("staffing-forecast-ar");
            String export = browser.find(By.cssSelector(".export-staffing-csv")).getAttribute("href");
            var csv = SystemUnderTest.get(export, browser.cookieHeader());
            assertEquals(200, csv.statusCode());
            assertTrue(csv.body().contains("\"10:00\",6.0,900.0,3.0,7,"), csv.body());
            browser.follow(By.linkText("کوردی"));
            assertEquals("rtl", browser.direction());
            assertTrue(browser.text(By.tagName("h1")).contains("پێشبینیی ژمارەی کارمەندان"));
            assertEquals(
                    "7", browser.find(ten).findElement(By.className("needed")).getText());
            browser.follow(By.linkText("English"));
            assertEquals("ltr", browser.direction());
            assertEquals(SECOND, browser.value(By.id("target:to_input")), "the choices survive the switch");
            assertEquals(
                    "short",
                    browser.find(ten).findElement(By.className("short-label")).getText());
            browser.type(By.id("target:serviceLevel"), "");
            browser.submit(By.id("target:show"));
            assertTrue(
                    browser.text(By.id("target")).contains("Give the service level, from 1 to 99 percent."),
                    browser.text(By.id("target")));
            // What is not a whole number, and a number out of range, each under its own field, the text kept; a
            // number with spaces around it and in Arabic-Indic digits is read as typed.
            browser.type(By.id("target:serviceLevel"), "abc");
            browser.type(By.id("target:weeks"), "150");
            browser.type(By.id("target:answerSeconds"), " ٣٠ ");
            browser.type(By.id("target:maxAbandoned"), "7.5");
            browser.submit(By.id("target:show"));
            assertTrue(
                    browser.text(By.id("target:serviceLevelMessage")).contains("from 1 to 99 percent"),
                    browser.text(By.id("target")));
            assertTrue(
                    browser.text(By.id("target:weeksMessage")).contains("from 1 to 26"), browser.text(By.id("target")));
            assertEquals("30", browser.value(By.id("target:answerSeconds")), "read as 30, kept while the others wait");
            assertFalse(browser.text(By.id("target:maxAbandonedMessage")).isEmpty(), browser.text(By.id("target")));
            assertEquals("abc", browser.value(By.id("target:serviceLevel")), "what was typed stays");
            assertEquals("150", browser.value(By.id("target:weeks")));
            browser.open("/supervisor/staffing.xhtml?weeks=0&serviceLevel=100");
            assertTrue(browser.text(By.id("target")).contains("Give the weeks, from 1 to 26."));
            assertTrue(browser.text(By.id("target")).contains("Give the service level, from 1 to 99 percent."));
            assertTrue(browser.elements(By.id("slots")).isEmpty(), "no forecast of a target out of range");
        }
    }
}
