package org.hotline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.hotline.common.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The officers' bench in a real Chromium: the case list filtered by institution, allegation and deadline and paged
 * past the first 500 cases; cases ticked and given to an officer at once, recusal holding for each; notes on a case
 * that the other officers read and the complainant never does.
 */
class OfficerBenchIT {

    private static final String PASSWORD = "an officers' bench passphrase 5599";
    /** An institution no other system test files complaints about: the copies made here stay out of their way. */
    private static final String QUIET_INSTITUTION = "GCT";

    private static final int COPIES = 530;
    private static Api agentApi;
    private static Api officerApi;

    @BeforeAll
    static void people() throws Exception {
        SystemUnderTest.ensureUser("bench.agent", "Bench Agent", PASSWORD, Role.AGENT);
        SystemUnderTest.ensureUser("bench.officer", "Bench Officer", PASSWORD, Role.OFFICER);
        SystemUnderTest.ensureUser("bench.colleague", "Bench Colleague", PASSWORD, Role.OFFICER);
        SystemUnderTest.ensureUser("bench.interior", "Bench MOI Officer", PASSWORD, Role.OFFICER);
        SystemUnderTest.execute(
                "update user_account set institution_code = 'MOI' where username = ?", "bench.interior");
        agentApi = Api.as("bench.agent", PASSWORD);
        officerApi = Api.as("bench.officer", PASSWORD);
    }

    private static JsonObject file(String institution, String allegation, String narrative) throws Exception {
        Api.Answer filed = agentApi.post(
                "/api/v1/complaints",
                "{\"institutionCode\":\"" + institution + "\","
                        + "\"office\":\"دائرة البطاقة الوطنية - الكرخ\",\"accusedDescription\":\"موظف الشباك الثاني\","
                        + "\"allegation\":\"" + allegation + "\",\"narrative\":\"" + narrative
                        + "\",\"anonymous\":false,"
                        + "\"complainantName\":\"كاوە ئەحمەد\",\"complainantPhone\":\"07501234567\"}");
        assertEquals(201, filed.status(), filed.text());
        return filed.object();
    }

    private static String id(String number) {
        return String.valueOf(Long.parseLong(number.substring(0, number.length() - 1)) - 100_000);
    }

    /**
     * Copies a complaint's rows {@code copies} times behind the application's back, as years of cases would pile up:
     * filed long ago and with no deadline, so that they sort after every other test's cases.
     */
    private static void copyComplaint(String number, int copies) throws Exception {
        String source = id(number);
        try (Connection db = SystemUnderTest.database()) {
            db.setAutoCommit(false);
            String ticketColumns = columns(db, "ticket", "id");
            String complaintColumns = columns(db, "complaint", "ticket_id");
            long before;
            try (ResultSet max = db.createStatement().executeQuery("select max(id) from ticket")) {
                max.next();
                before = max.getLong(1);
            }
            try (PreparedStatement copy = db.prepareStatement("insert into ticket (" + ticketColumns + ") select "
                    + ticketColumns + " from ticket t join seq_1_to_" + copies + " s where t.id = ?")) {
                copy.setString(1, source);
                assertEquals(copies, copy.executeUpdate());
            }
            try (PreparedStatement copy = db.prepareStatement("insert into complaint (ticket_id, " + complaintColumns
                    + ") select t.id, " + prefixed(complaintColumns) + " from ticket t join complaint c"
                    + " on c.ticket_id = ? where t.id > ? and t.subject = (select subject from ticket where id = ?)")) {
                copy.setString(1, source);
                copy.setLong(2, before);
                copy.setString(3, source);
                assertEquals(copies, copy.executeUpdate());
            }
            try (PreparedStatement old = db.prepareStatement("update complaint set decision_due_at = null,"
                    + " created_at = '2021-03-01 08:00:00' where ticket_id > ? and institution_code = ?")) {
                old.setLong(1, before);
                old.setString(2, QUIET_INSTITUTION);
                old.executeUpdate();
            }
            db.commit();
        }
    }

    private static String columns(Connection db, String table, String without) throws Exception {
        List<String> names = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("select column_name from information_schema.columns"
                + " where table_schema = database() and table_name = ? order by ordinal_position")) {
            query.setString(1, table);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    if (!rows.getString(1).equalsIgnoreCase(without)) {
                        names.add(rows.getString(1));
                    }
                }
            }
        }
        return String.join(", ", names);
    }

    private static String prefixed(String columns) {
        return "c." + columns.replace(", ", ", c.");
    }

    private static void choose(Browser browser, String selectOneMenu, String value) {
        // PrimeFaces draws its own list over a hidden native select, which is what the form posts
        browser.script("document.getElementById(arguments[0] + '_input').value = arguments[1]", selectOneMenu, value);
    }

    private static void tick(Browser browser, String number) {
        browser.click(By.xpath(
                "//tr[.//a[normalize-space(.)='" + number + "']]//div[contains(@class," + "'ui-chkbox-box')]"));
    }

    @Test
    void theCaseListIsFilteredAndPagedPastFiveHundredCasesWithoutLosingAny() throws Exception {
        String number = file(QUIET_INSTITUTION, "FIXER", "معقب يطلب فلوس حتى يمشي المعاملة بالدائرة")
                .getString("number");
        copyComplaint(number, COPIES);
        long expected = Long.parseLong(SystemUnderTest.queryString(
                "select count(*) from complaint where institution_code = ? and allegation = 'FIXER'",
                QUIET_INSTITUTION));
        assertTrue(expected > 500, "more cases than the old list could show: " + expected);

        try (Browser officer = new Browser()) {
            officer.signIn("bench.officer", PASSWORD);
            officer.open("/officer/index.xhtml");
            choose(officer, "filters:institution", QUIET_INSTITUTION);
            choose(officer, "filters:allegation", "FIXER");
            assertEquals(
                    QUIET_INSTITUTION + " FIXER",
                    officer.script("return document.getElementById("
                            + "'filters:institution_input').value + ' ' + document.getElementById('filters:allegation_input')"
                            + ".value"));
            CaseList.clickAndWait(officer, By.id("filters:search"));
            String firstPage = PageText.latin(officer.text(By.id("casesShown")));
            assertEquals("القضايا 1–50 من " + expected, firstPage);
            assertEquals(50, CaseList.onThisPage(officer).size());
            officer.screenshot("officer-cases-ar");
            assertTrue(officer.text(By.id("bulk:cases")).contains(number), "the newest, with a deadline, first");

            List<String> seen = CaseList.toTheLastPage(officer);
            assertEquals(expected, seen.size(), "every matching case, once each, past the 500th");
            assertEquals(expected, seen.stream().distinct().count());
            assertTrue(PageText.latin(officer.text(By.id("casesShown"))).endsWith(" " + expected));

            choose(officer, "filters:allegation", "EXTORTION");
            CaseList.clickAndWait(officer, By.id("filters:search"));
            officer.waitUntil(
                    "return !document.getElementById('bulk:cases').textContent.includes('" + number + "')",
                    java.time.Duration.ofSeconds(20));
        }
        assertEquals(400, officerApi.get("/api/v1/complaints?size=501").status());
        assertEquals(
                400, officerApi.get("/api/v1/complaints?allegation=bribery").status());
        Api.Answer page = officerApi.get("/api/v1/complaints?institution=" + QUIET_INSTITUTION.toLowerCase()
                + "&allegation=fixer&first=500&size=100");
        assertEquals(200, page.status(), page.text());
        assertEquals(expected - 500, page.json().asJsonArray().size(), "the API pages the same way, any case of code");
    }

    @Test
    void tickedCasesAreGivenToAnOfficerAtOnceAndRecusalHoldsForEachOne() throws Exception {
        String aboutHealth = file("MOH", "REFUSAL_TO_SERVE", "رفض يستلم الطلب وكال تعال باچر")
                .getString("number");
        String aboutInterior = file("MOI", "REFUSAL_TO_SERVE", "رفض الوثيقة الالكترونية وطلب ورقة")
                .getString("number");
        for (String number : List.of(aboutHealth, aboutInterior)) {
            assertEquals(
                    200,
                    officerApi
                            .put("/api/v1/complaints/" + number + "/assignee", "{\"officer\":\"bench.officer\"}")
                            .status());
        }
        try (Browser officer = new Browser()) {
            officer.signIn("bench.officer", PASSWORD);
            officer.follow(By.linkText("English"));
            officer.open("/officer/index.xhtml");
            officer.click(By.cssSelector("[id='filters:mine'] .ui-chkbox-box"));
            choose(officer, "filters:allegation", "REFUSAL_TO_SERVE");
            CaseList.clickAndWait(officer, By.id("filters:search"));
            assertEquals(
                    java.util.Set.of(aboutHealth, aboutInterior), java.util.Set.copyOf(CaseList.onThisPage(officer)));

            CaseList.clickAndWait(officer, By.id("bulk:assign"));
            assertEquals("Tick the cases to assign first.", officer.waitForSomeText(By.id("bulk:assignMessage")));
            tick(officer, aboutHealth);
            tick(officer, aboutInterior);
            choose(officer, "bulk:assignee", "bench.interior");
            CaseList.clickAndWait(officer, By.id("bulk:assign"));
            String said = officer.waitForText(By.id("messages"), "given to bench.interior");
            assertTrue(said.contains("1 case(s) given to bench.interior."), said);
            assertTrue(
                    said.contains("Case " + aboutInterior + " was not given to bench.interior: they belong to the"
                            + " accused institution."),
                    said);
        }
        assertEquals(
                "bench.interior",
                SystemUnderTest.queryString(
                        "select assigned_officer from complaint where ticket_id = ?", id(aboutHealth)));
        assertEquals(
                "bench.officer",
                SystemUnderTest.queryString(
                        "select assigned_officer from complaint where ticket_id = ?", id(aboutInterior)));
        assertEquals(
                "to bench.interior",
                SystemUnderTest.queryString(
                        "select detail from audit_entry where action ="
                                + " 'COMPLAINT_ASSIGNED' and target_id = ? order by id desc limit 1",
                        aboutHealth));

        // "due by" a day takes the cases due that day: their deadline is the day's end, the next day's first instant
        java.time.Instant due = java.time.Instant.parse(
                officerApi.get("/api/v1/complaints/" + aboutHealth).object().getString("decisionDueAt"));
        java.time.LocalDate dueDay =
                due.atZone(java.time.ZoneId.of("Asia/Baghdad")).minusNanos(1).toLocalDate();
        assertTrue(officerApi.get("/api/v1/complaints?dueBy=" + dueDay).text().contains(aboutHealth));
        assertFalse(officerApi
                .get("/api/v1/complaints?dueBy=" + dueDay.minusDays(1))
                .text()
                .contains(aboutHealth));

        Api.Answer unknownOfficer = officerApi.post(
                "/api/v1/complaints/assignments",
                "{\"numbers\":[\"" + aboutHealth + "\"],\"officer\":\"nobody.at.all\"}");
        assertEquals(409, unknownOfficer.status(), unknownOfficer.text());
        Api.Answer tooMany = officerApi.post(
                "/api/v1/complaints/assignments",
                "{\"numbers\":["
                        + String.join(",", java.util.Collections.nCopies(101, "\"" + aboutHealth + "\"")) + "],"
                        + "\"officer\":\"bench.colleague\"}");
        assertEquals(400, tooMany.status(), tooMany.text());
        assertEquals(
                "bench.interior",
                SystemUnderTest.queryString(
                        "select assigned_officer from complaint where ticket_id = ?", id(aboutHealth)),
                "nothing half done");
    }

    @Test
    void aNoteIsReadByTheOtherOfficersAndNeverByTheComplainantNorAnOfficerOfTheAccusedInstitution() throws Exception {
        JsonObject receipt = file("MOI", "EXTORTION", "هدد يأخر المعاملة إذا ما ندفع");
        String number = receipt.getString("number");
        String note = "اتصلتُ بمديرية الجوازات؛ کاکە ئەحمەد یەکەمین شایەتە — ٣ شهود";
        try (Browser officer = new Browser()) {
            officer.signIn("bench.officer", PASSWORD);
            officer.open("/officer/complaint.xhtml?number=" + number);
            assertEquals("لا توجد ملاحظات بعد.", officer.text(By.cssSelector("#notes .empty")));
            officer.type(By.id("note:body"), "   ");
            officer.submit(By.id("note:add"));
            assertEquals("اكتب الملاحظة.", officer.text(By.id("note:bodyMessage")));
            officer.type(By.id("note:body"), note);
            officer.submit(By.id("note:add"));
            assertEquals(note, officer.text(By.cssSelector("#notes .note-body")));
            officer.screenshot("officer-notes-ar");
            assertEquals(
                    "",
                    officer.script("return document.getElementById('note:body').value"),
                    "the box is emptied for the next note");
            officer.open("/officer/complaint.xhtml?number=" + number); // a refresh adds nothing
            assertEquals(1, officer.elements(By.cssSelector("#notes .note")).size());
        }
        assertEquals(
                "note "
                        + SystemUnderTest.queryString(
                                "select id from complaint_note where complaint_id = ?", id(number)),
                SystemUnderTest.queryString(
                        "select detail from audit_entry where action =" + " 'COMPLAINT_NOTE_ADDED' and target_id = ?",
                        number),
                "audited, without the text");

        try (Browser colleague = new Browser()) {
            colleague.signIn("bench.colleague", PASSWORD);
            colleague.follow(By.linkText("کوردی"));
            colleague.open("/officer/complaint.xhtml?number=" + number);
            assertEquals("تێبینییەکانی فەرمانبەران", colleague.text(By.cssSelector("#notes h2")));
            assertTrue(colleague.text(By.cssSelector("#notes .note")).contains("bench.officer"));
            assertEquals(note, colleague.text(By.cssSelector("#notes .note-body")));
        }
        try (Browser accused = new Browser()) {
            accused.signIn("bench.interior", PASSWORD);
            accused.open("/officer/complaint.xhtml?number=" + number);
            assertFalse(accused.isShown(By.id("notes")));
        }
        assertEquals(
                404,
                Api.as("bench.interior", PASSWORD)
                        .get("/api/v1/complaints/" + number)
                        .status());
        Api.Answer refused = Api.as("bench.interior", PASSWORD)
                .post("/api/v1/complaints/" + number + "/notes", "{\"text\":\"ملاحظة من موظف الجهة المشكو منها\"}");
        assertEquals(404, refused.status(), "as for a number that is no complaint: " + refused.text());
        assertEquals(
                "1",
                SystemUnderTest.queryString("select count(*) from complaint_note where complaint_id = ?", id(number)));
        Api.Answer viaApi = Api.as("bench.colleague", PASSWORD).get("/api/v1/complaints/" + number);
        assertEquals(
                note, viaApi.object().getJsonArray("notes").getJsonObject(0).getString("body"));

        try (Browser citizen = new Browser()) {
            citizen.open("/complaint/follow.xhtml");
            citizen.type(By.id("followUp:number"), number);
            citizen.type(By.id("followUp:pin"), receipt.getString("pin"));
            citizen.submit(By.id("followUp:show"));
            citizen.waitForSomeText(By.id("followStatus"));
            assertFalse(citizen.text(By.tagName("body")).contains("کاکە ئەحمەد"), "the complainant never reads it");
        }
    }
}
