package org.hotline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.sql.Timestamp;
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
 * The complaint reports on three complaints of a day of their own (14 March 2025), written as history leaves them
 * (the application files complaints only now): officers get exact counts by institution, allegation and outcome, the
 * time in each case state and the trend, without their own institution, and every reading and export is audited;
 * supervisors get the totals and nothing that could point to a case.
 */
class ComplaintReportsIT {

    private static final String PASSWORD = "a long test passphrase 5599";
    private static final String DAY = "2025-03-14";
    private static final String PERIOD = "from=" + DAY + "&to=" + DAY;
    private static final ZoneId BAGHDAD = ZoneId.of("Asia/Baghdad");
    private static Api officer;

    private static Timestamp at(String localDateTime) {
        return Timestamp.from(LocalDateTime.parse(localDateTime).atZone(BAGHDAD).toInstant());
    }

    /**
     * One complaint received on the day about {@code institution}, and its decisions ({from, to, when}) in order; the
     * case ends in the last decision's state.
     */
    private static void complaint(
            String marker, String institution, String allegation, String received, String[]... decisions)
            throws Exception {
        SystemUnderTest.execute(
                "insert into ticket (type, channel, priority, status, subject, created_at, created_by,"
                        + " updated_at, first_response_minutes, resolution_minutes) values ('COMPLAINT_ABOUT_STAFF', 'PHONE',"
                        + " 'HIGH', 'OPEN', ?, ?, 'history', ?, 60, 2880)",
                marker,
                at(received),
                at(received));
        String state = decisions.length == 0 ? "RECEIVED" : decisions[decisions.length - 1][1];
        SystemUnderTest.execute(
                "insert into complaint (ticket_id, institution_code, allegation, narrative, anonymous,"
                        + " intake, case_state, created_at) select max(id), ?, ?, 'تاريخ', true, 'PHONE', ?, ? from ticket"
                        + " where subject = ?",
                institution,
                allegation,
                state,
                at(received),
                marker);
        for (String[] decision : decisions) {
            SystemUnderTest.execute(
                    "insert into complaint_decision (complaint_id, at, officer, from_state, to_state,"
                            + " reason) select max(id), ?, 'history', ?, ?, 'تاريخ' from ticket where subject = ?",
                    at(decision[2]),
                    decision[0],
                    decision[1],
                    marker);
        }
    }

    @BeforeAll
    static void aDayOfComplaints() throws Exception {
        SystemUnderTest.ensureUser("report.officer", "Report Officer", PASSWORD, Role.OFFICER);
        SystemUnderTest.ensureUser("report.moi.officer", "Report MOI Officer", PASSWORD, Role.OFFICER);
        SystemUnderTest.execute(
                "update user_account set institution_code = 'MOI' where username = ?", "report.moi.officer");
        SystemUnderTest.ensureUser("report.supervisor", "Report Supervisor", PASSWORD, Role.SUPERVISOR);
        officer = Api.as("report.officer", PASSWORD);
        if ("0"
                .equals(SystemUnderTest.queryString(
                        "select count(*) from ticket where subject like ?", "complaint report history %"))) {
            complaint(
                    "complaint report history 1",
                    "MOI",
                    "EXTORTION",
                    DAY + "T09:00:00",
                    new String[] {"RECEIVED", "TRIAGE", DAY + "T11:00:00"},
                    new String[] {"TRIAGE", "UNDER_REVIEW", DAY + "T15:00:00"},
                    new String[] {"UNDER_REVIEW", "UNSUBSTANTIATED", "2025-03-15T09:00:00"},
                    new String[] {"UNSUBSTANTIATED", "CLOSED", "2025-03-15T10:00:00"});
            complaint(
                    "complaint report history 2",
                    "MOI",
                    "BRIBE_REQUEST",
                    DAY + "T10:00:00",
                    new String[] {"RECEIVED", "TRIAGE", DAY + "T14:00:00"},
                    new String[] {"TRIAGE", "CLOSED", DAY + "T15:00:00"});
            complaint("complaint report history 3", "MOH", "FIXER", DAY + "T12:00:00");
        }
    }

    private static Map<String, JsonObject> rows(JsonObject report) {
        Map<String, JsonObject> rows = new HashMap<>();
        report.getJsonArray("rows").getValuesAs(JsonObject.class).forEach(row -> rows.put(row.getString("key"), row));
        return rows;
    }

    @Test
    void officersGetExactCountsByInstitutionAllegationAndOutcome() throws Exception {
        JsonObject byInstitution = officer.get("/api/v1/reports/complaints?" + PERIOD + "&by=INSTITUTION")
                .object();
        JsonObject moi = rows(byInstitution).get("MOI");
        assertEquals(
                List.of(2, 0, 0, 1, 1),
                List.of(
                        moi.getInt("received"),
                        moi.getInt("open"),
                        moi.getInt("substantiated"),
                        moi.getInt("unsubstantiated"),
                        moi.getInt("dismissed")));
        assertEquals(1, rows(byInstitution).get("MOH").getInt("open"));
        assertEquals(3, byInstitution.getJsonObject("total").getInt("received"));
        Map<String, JsonObject> outcomes = rows(officer.get("/api/v1/reports/complaints?" + PERIOD + "&by=OUTCOME")
                .object());
        assertEquals(
                Map.of("UNSUBSTANTIATED", 1, "DISMISSED", 1, "OPEN", 1),
                Map.of(
                        "UNSUBSTANTIATED", outcomes.get("UNSUBSTANTIATED").getInt("received"),
                        "DISMISSED", outcomes.get("DISMISSED").getInt("received"),
                        "OPEN", outcomes.get("OPEN").getInt("received")));
        assertEquals(3, outcomes.size());
        Map<String, JsonObject> allegations =
                rows(officer.get("/api/v1/reports/complaints?" + PERIOD + "&by=ALLEGATION")
                        .object());
        assertEquals(1, allegations.get("FIXER").getInt("received"));
        assertEquals(3, allegations.size());
        assertEquals(
                "1",
                SystemUnderTest.queryString(
                        "select count(*) from audit_entry where actor = ? and action ="
                                + " 'COMPLAINT_REPORT_VIEWED' and detail = ?",
                        "report.officer",
                        "by OUTCOME " + DAY + " .. " + DAY));
    }

    @Test
    void officersSeeTheTimeInEachStateAndTheTrend() throws Exception {
        JsonObject report = officer.get("/api/v1/reports/complaints?" + PERIOD).object();
        Map<String, JsonObject> states = new HashMap<>();
        report.getJsonArray("states").getValuesAs(JsonObject.class).forEach(s -> states.put(s.getString("state"), s));
        assertEquals(
                List.of("RECEIVED", "TRIAGE", "UNDER_REVIEW", "UNSUBSTANTIATED"),
                report.getJsonArray("states").getValuesAs(JsonObject.class).stream()
                        .map(s -> s.getString("state"))
                        .toList(),
                "in workflow order");
        assertEquals(3, states.get("RECEIVED").getInt("complaints"));
        assertEquals(1, states.get("RECEIVED").getInt("stillThere"), "the one nobody has decided on yet");
        assertEquals(2.5, states.get("TRIAGE").getJsonNumber("averageHours").doubleValue(), 1e-9, "4 h and 1 h");
        assertEquals(4.0, states.get("TRIAGE").getJsonNumber("longestHours").doubleValue(), 1e-9);
        assertEquals(
                18.0, states.get("UNDER_REVIEW").getJsonNumber("averageHours").doubleValue(), 1e-9);
        assertEquals(
                1.0, states.get("UNSUBSTANTIATED").getJsonNumber("averageHours").doubleValue(), 1e-9);
        JsonObject trend = report.getJsonObject("trend");
        assertEquals(
                List.of(DAY),
                trend.getJsonArray("buckets").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .toList());
        Map<String, Integer> series = new HashMap<>();
        trend.getJsonArray("series")
                .getValuesAs(JsonObject.class)
                .forEach(s -> series.put(
                        s.getString("institution"), s.getJsonArray("counts").getInt(0)));
        assertEquals(Map.of("*", 3, "MOI", 2, "MOH", 1), series);
    }

    @Test
    void anOfficerOfAnInstitutionDoesNotSeeItsComplaints() throws Exception {
        JsonObject report = Api.as("report.moi.officer", PASSWORD)
                .get("/api/v1/reports/complaints?" + PERIOD)
                .object();
        assertEquals(1, report.getJsonObject("total").getInt("received"));
        assertFalse(rows(report).containsKey("MOI"));
    }

    @Test
    void supervisorsGetTotalsOnlyAndNoPerCaseDetail() throws Exception {
        Api supervisor = Api.as("report.supervisor", PASSWORD);
        Api.Answer totals = supervisor.get("/api/v1/reports/complaints/totals?" + PERIOD);
        assertEquals(200, totals.status(), totals.text());
        assertEquals(
                List.of(3, 1, 2),
                List.of(
                        totals.object().getInt("received"),
                        totals.object().getInt("open"),
                        totals.object().getInt("closed")));
        assertEquals(
                Map.of("from", 1, "to", 1, "received", 1, "open", 1, "closed", 1)
                        .keySet(),
                totals.object().keySet(),
                "nothing but the counts");
        assertFalse(totals.text().contains("MOI") || totals.text().contains("EXTORTION"), totals.text());
        assertEquals(403, supervisor.get("/api/v1/reports/complaints?" + PERIOD).status());
        assertEquals(
                403,
                supervisor
                        .get("/api/v1/reports/complaints?" + PERIOD + "&by=OUTCOME")
                        .status());
        assertEquals(
                403,
                supervisor.download("/api/v1/reports/complaints.csv?" + PERIOD).statusCode());
        assertEquals(
                403,
                supervisor.download("/api/v1/reports/complaints.xlsx?" + PERIOD).statusCode());
        assertEquals(
                403,
                Api.as("report.supervisor", PASSWORD)
                        .get("/api/v1/complaints/hotspots?" + PERIOD)
                        .status(),
                "nor the hotspots");
        assertEquals(400, officer.get("/api/v1/reports/complaints?by=OFFICE").status());
        assertEquals(
                403,
                Api.as("report.moi.officer", PASSWORD)
                        .get("/api/v1/reports/complaints/totals?" + PERIOD)
                        .status(),
                "beside their own report, the totals would count the complaints about their institution");
    }

    @Test
    void theExportsCarryTheSameNumbersAndAreAudited() throws Exception {
        var csv = officer.download("/api/v1/reports/complaints.csv?" + PERIOD + "&by=INSTITUTION");
        String text = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.startsWith("institution,received,open,substantiated,unsubstantiated,dismissed\r\n"), text);
        assertTrue(text.contains("\"MOI\",2,0,0,1,1\r\n") && text.contains("\"total\",3,1,0,1,1\r\n"), text);
        var xlsx = officer.download("/api/v1/reports/complaints.xlsx?" + PERIOD + "&lang=en");
        try (var workbook =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            assertEquals(3, workbook.getNumberOfSheets(), "the breakdown, the time in each state, the trend");
            assertEquals("Received", workbook.getSheetAt(0).getRow(0).getCell(1).getStringCellValue());
            assertEquals(DAY, workbook.getSheetAt(2).getRow(0).getCell(1).getStringCellValue());
        }
        assertEquals(
                "2",
                SystemUnderTest.queryString(
                        "select count(*) from audit_entry where actor = ? and action ="
                                + " 'COMPLAINTS_EXPORTED' and detail like ?",
                        "report.officer",
                        "% " + DAY + " .. " + DAY));
    }

    @Test
    void anOfficerReadsTheReportWithItsTrendInArabicAndEnglish() throws Exception {
        try (Browser browser = new Browser()) {
            browser.signIn("report.officer", PASSWORD);
            browser.open("/officer/reports.xhtml");
            assertEquals("rtl", browser.direction());
            browser.script("document.getElementById('period:from_input').value = '" + DAY + "';"
                    + "document.getElementById('period:to_input').value = '" + DAY + "'");
            browser.submit(By.id("period:show"));
            assertTrue(
                    browser.elements(By.cssSelector("#complaints .key")).contains("وزارة الداخلية"),
                    browser.elements(By.cssSelector("#complaints .key")).toString());
            assertEquals(List.of("2", "1"), browser.elements(By.cssSelector("#complaints .received")));
            assertTrue(browser.isShown(By.cssSelector("#trend canvas")), "the trend is drawn");
            assertTrue(browser.elements(By.cssSelector("#states .state")).contains("قيد الفرز"));
            browser.follow(By.linkText("English"));
            assertEquals("ltr", browser.direction());
            assertTrue(browser.text(By.tagName("body")).contains("Time in each case state"));
            assertEquals(DAY, browser.value(By.id("period:from_input")), "the switch keeps the period");
            assertEquals(List.of("2", "1"), browser.elements(By.cssSelector("#complaints .received")));
        }
    }
}
