package org.hotline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.hotline.common.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Data retention on the real server: closed complaints past their period (30 days on the test server) lose their
 * complainant's identity, from the database, the officer's page and the API, while their content still counts in the
 * reports and is still found by its narrative; a complaint on legal hold and one closed recently keep theirs; the audit
 * log keeps every entry and still verifies, with one entry per anonymised case naming its number. Recordings of calls
 * past their period are deleted from the recordings folder, and names that lead out of it (a {@code ..}, an absolute
 * path, a symbolic link) touch nothing. A run is listed in the report, in the API and on the administrators' page (ar,
 * en, ku). A citizen's subject-access export holds their tickets, calls and complaints and nobody else's; only
 * administrators get it, and everyone else gets the same 403 whether the citizen exists or not.
 *
 * <p>Time passing is played by backdating rows in SQL: a complaint's closing decision (the SLA watch recomputes a
 * ticket's due time from its creation, but nothing recomputes a decision's time) and a call's end.
 */
class RetentionIT {

    private static final String PASSWORD = "a long test passphrase 5599";
    private static final String REASON = "طلب المواطن نسخة من بياناته رقم ٤٥/٢٠٢٦";
    private static Api agent;
    private static Api officer;
    private static Api admin;

    @BeforeAll
    static void people() throws Exception {
        SystemUnderTest.ensureUser("ret.agent", "Retention Agent", PASSWORD, Role.AGENT);
        SystemUnderTest.ensureUser("ret.officer", "Retention Officer", PASSWORD, Role.OFFICER);
        SystemUnderTest.ensureUser("ret.moi.officer", "Retention MOI Officer", PASSWORD, Role.OFFICER);
        SystemUnderTest.ensureUser("ret.supervisor", "Retention Supervisor", PASSWORD, Role.SUPERVISOR);
        SystemUnderTest.execute("update user_account set institution_code = 'MOI' where username = 'ret.moi.officer'");
        agent = Api.as("ret.agent", PASSWORD);
        officer = Api.as("ret.officer", PASSWORD);
        admin = Api.as("admin", SystemUnderTest.ADMIN_PASSWORD);
    }

    private static String random(int digits) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < digits; i++) {
            text.append(ThreadLocalRandom.current().nextInt(10));
        }
        return text.toString();
    }

    /** A name of Arabic letters nobody else has, so that a search for it finds only what holds it. */
    private static String uniqueName() {
        String letters = "بتثجحخدذرزسشصضطظعغفقكلمنهوي";
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            name.append(letters.charAt(ThreadLocalRandom.current().nextInt(letters.length())));
        }
        return name.toString();
    }

    private record Filed(
            String number, long id, String name, String phone, String nationalId, String narrative, String canary) {}

    /** A named complaint about the Ministry of Interior, filed by phone; the phone is 07 and nine digits. */
    private static Filed file(String phone) throws Exception {
        String name = uniqueName() + " " + uniqueName();
        String nationalId = "19" + random(10);
        String canary = uniqueName();
        String narrative = "طلب الموظف مبلغا لإكمال المعاملة " + canary;
        Api.Answer filed = agent.post(
                "/api/v1/complaints",
                "{\"institutionCode\":\"MOI\",\"office\":\"مكتب الجوازات\",\"accusedDescription\":\"موظف الشباك\","
                        + "\"allegation\":\"BRIBE_REQUEST\",\"narrative\":\"" + narrative + "\",\"anonymous\":false,"
                        + "\"complainantName\":\"" + name + "\",\"complainantPhone\":\"" + phone + "\","
                        + "\"complainantNationalId\":\"" + nationalId + "\"}");
        assertEquals(201, filed.status(), filed.text());
        String number = filed.object().getString("number");
        long id = Long.parseLong(number.substring(0, number.length() - 1)) - 100_000;
        return new Filed(number, id, name, phone, nationalId, narrative, canary);
    }

    /** Closed from triage by the officer, then the closing decision moved back by this many days. */
    private static void closeDaysAgo(Filed complaint, int days) throws Exception {
        String transitions = "/api/v1/complaints/" + complaint.number() + "/transitions";
        assertEquals(
                200,
                officer.post(transitions, "{\"to\":\"TRIAGE\",\"reason\":\"فرز الشكوى للنظر فيها\"}")
                        .status());
        Api.Answer closed = officer.post(transitions, "{\"to\":\"CLOSED\",\"reason\":\"أغلقت لعدم كفاية الأدلة\"}");
        assertEquals(200, closed.status(), closed.text());
        SystemUnderTest.execute(
                "update complaint_decision set at = ? where complaint_id = ? and to_state = 'CLOSED'",
                LocalDateTime.ofInstant(Instant.now().minus(Duration.ofDays(days)), ZoneOffset.UTC),
                complaint.id());
    }

    private static JsonObject run(boolean dry) throws Exception {
        Api.Answer run = admin.post("/api/v1/retention/runs", "{\"dryRun\":" + dry + "}");
        assertEquals(200, run.status(), run.text());
        return run.object();
    }

    private static String column(String column, long complaintId) throws Exception {
        return SystemUnderTest.queryString("select " + column + " from complaint where ticket_id = ?", complaintId);
    }

    private static int complaintsFound(String text) throws Exception {
        Api.Answer answer = officer.get("/api/v1/search?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
        assertEquals(200, answer.status(), answer.text());
        return answer.object().getJsonObject("complaints").getInt("total");
    }

    private static int receivedToday() throws Exception {
        String day = LocalDate.now(ZoneId.of("Asia/Baghdad")).toString();
        Api.Answer report = officer.get("/api/v1/reports/complaints?from=" + day + "&to=" + day + "&by=INSTITUTION");
        assertEquals(200, report.status(), report.text());
        return report.object().getJsonObject("total").getInt("received");
    }

    @Test
    void aClosedComplaintPastItsPeriodLosesItsIdentityAndKeepsItsContentAndTheAuditLog() throws Exception {
        Filed old = file("0780" + random(7));
        Filed held = file("0781" + random(7));
        Filed recent = file("0782" + random(7));
        closeDaysAgo(old, 40);
        closeDaysAgo(held, 40);
        closeDaysAgo(recent, 3);
        Api.Answer hold = officer.put(
                "/api/v1/complaints/" + held.number() + "/legal-hold",
                "{\"hold\":true,\"reason\":\"القضية منظورة أمام محكمة النزاهة\"}");
        assertEquals(200, hold.status(), hold.text());
        assertTrue(hold.object().getBoolean("legalHold"));
        assertEquals(
                400,
                officer.put("/api/v1/complaints/" + held.number() + "/legal-hold", "{\"hold\":true}")
                        .status(),
                "a hold needs its reason");
        // a reason is what a person can read: padding with spaces or zero-width characters does not make one
        for (String padded :
                List.of("     قضية      ", "\u200b\u200b\u200b\u200b\u200b\u200bقضية\u200b\u200b\u200b\u200b")) {
            Api.Answer refused = officer.put(
                    "/api/v1/complaints/" + held.number() + "/legal-hold",
                    Json.createObjectBuilder()
                            .add("hold", false)
                            .add("reason", padded)
                            .build()
                            .toString());
            assertEquals(400, refused.status(), refused.text());
            assertTrue(refused.text().contains("reason"), refused.text());
        }
        // yes or no is JSON's true or false: "yes", 1, "" or "false" would have released the hold
        for (String notYesOrNo : List.of("\"yes\"", "1", "0", "\"\"", "\"false\"", "\"true\"")) {
            Api.Answer refused = officer.put(
                    "/api/v1/complaints/" + held.number() + "/legal-hold",
                    "{\"hold\":" + notYesOrNo + ",\"reason\":\"القضية منظورة أمام محكمة النزاهة\"}");
            assertEquals(400, refused.status(), notYesOrNo + ": " + refused.text());
            assertTrue(refused.contentType().startsWith("application/problem+json"), notYesOrNo);
            assertTrue(refused.text().contains("hold"), refused.text());
        }
        assertEquals("1", column("legal_hold + 0", held.id()), "still held");
        SystemUnderTest.eventually(
                Duration.ofSeconds(20), "the complaint indexed", () -> complaintsFound(old.canary()) == 1);
        int received = receivedToday();
        String entriesBefore = SystemUnderTest.queryString("select count(*) from audit_entry");
        String lastBefore = SystemUnderTest.queryString("select max(id) from audit_entry");
        String chainBefore = SystemUnderTest.queryString(
                "select sha2(group_concat(hash order by id separator ''), 256) from audit_entry where id <= ?",
                lastBefore);

        // a real run is asked for with JSON's false, nothing else: "no", 0, "" or "false" start nothing
        String runsBefore = SystemUnderTest.queryString("select count(*) from retention_run");
        for (String notYesOrNo : List.of("\"no\"", "0", "1", "\"\"", "\"false\"", "null", "{}")) {
            Api.Answer refused = admin.post("/api/v1/retention/runs", "{\"dryRun\":" + notYesOrNo + "}");
            assertEquals(400, refused.status(), notYesOrNo + ": " + refused.text());
            assertTrue(refused.text().contains("dryRun"), refused.text());
        }
        assertEquals(runsBefore, SystemUnderTest.queryString("select count(*) from retention_run"), "no run started");
        assertNotNull(column("complainant_name", old.id()), "nothing anonymised");

        JsonObject dry = run(true);
        assertTrue(dry.getBoolean("dryRun"));
        assertTrue(dry.getInt("complaintsAnonymised") >= 1, dry.toString());
        assertTrue(dry.getInt("complaintsHeld") >= 1, dry.toString());
        assertNotNull(column("complainant_name", old.id()), "a dry run changes nothing");

        JsonObject done = run(false);
        assertFalse(done.getBoolean("dryRun"));
        assertTrue(done.getInt("complaintsAnonymised") >= 1, done.toString());
        assertTrue(done.getInt("complaintsHeld") >= 1, done.toString());

        // the identity is gone from the database: sealed columns, key, the call link and the receipt PIN
        for (String sealed :
                List.of("complainant_name", "complainant_phone", "complainant_national_id", "identity_key")) {
            assertNull(column(sealed, old.id()), sealed);
        }
        assertNotNull(column("identity_erased_at", old.id()));
        assertNull(SystemUnderTest.queryString("select receipt_pin_hash from ticket where id = ?", old.id()));
        // the held and the recent ones keep theirs
        assertNotNull(column("complainant_name", held.id()), "a complaint on legal hold is never anonymised");
        assertNull(column("identity_erased_at", held.id()));
        assertNotNull(column("complainant_name", recent.id()), "a complaint closed 3 days ago keeps its identity");

        // the officer reads the content, not the identity: nothing to unseal
        JsonObject view = officer.get("/api/v1/complaints/" + old.number()).object();
        assertEquals(old.narrative(), view.getString("narrative"));
        assertEquals("MOI", view.getString("institutionCode"));
        assertEquals("CLOSED", view.getString("caseState"));
        assertFalse(view.getBoolean("identitySealed"));
        assertNotNull(view.getString("identityErasedAt"));
        Api.Answer unseal = officer.post(
                "/api/v1/complaints/" + old.number() + "/unsealing", "{\"reason\":\"استدعاء المشتكي للشهادة\"}");
        assertEquals(409, unseal.status(), unseal.text());
        assertTrue(unseal.text().contains("identity-erased"), unseal.text());
        assertFalse(unseal.text().contains(old.name()), unseal.text());
        Api.Answer heldUnseal = officer.post(
                "/api/v1/complaints/" + held.number() + "/unsealing", "{\"reason\":\"استدعاء المشتكي للشهادة\"}");
        assertEquals(200, heldUnseal.status(), heldUnseal.text());
        assertEquals(held.name(), heldUnseal.object().getString("name"));

        // still found by its content, counted in the statistics, and never by the erased identity
        assertEquals(1, complaintsFound(old.canary()));
        assertEquals(0, complaintsFound(old.name()));
        assertEquals(0, complaintsFound(old.nationalId()));
        assertEquals(received, receivedToday(), "the anonymised complaint still counts");

        // the audit log: every earlier entry still there and unchanged, one entry per case naming its number only
        assertEquals(
                chainBefore,
                SystemUnderTest.queryString(
                        "select sha2(group_concat(hash order by id separator ''), 256) from audit_entry where id <= ?",
                        lastBefore));
        assertTrue(Long.parseLong(SystemUnderTest.queryString("select count(*) from audit_entry"))
                >= Long.parseLong(entriesBefore) + 3);
        String anonymised = SystemUnderTest.queryString(
                "select concat(actor, '|', coalesce(detail, '')) from audit_entry"
                        + " where action = 'COMPLAINT_ANONYMISED' and target_id = ?",
                old.number());
        assertEquals("admin|identity erased after the retention period; content kept", anonymised);
        assertEquals(
                "1",
                SystemUnderTest.queryString(
                        "select count(*) from audit_entry where action = 'COMPLAINT_HELD' and target_id = ?",
                        held.number()));
        assertNotNull(SystemUnderTest.queryString(
                "select id from audit_entry where action = 'RETENTION_RUN' and target_id = ?",
                String.valueOf(done.getJsonNumber("id").longValue())));
        assertNotNull(SystemUnderTest.queryString(
                "select id from audit_entry where action = 'RETENTION_DRY_RUN' and target_id = ?",
                String.valueOf(dry.getJsonNumber("id").longValue())));
        assertEquals(
                "0",
                SystemUnderTest.queryString(
                        "select count(*) from audit_entry where (action like 'RETENTION%'"
                                + " or action = 'COMPLAINT_ANONYMISED')"
                                + " and (detail like ? or reason like ? or target_id like ?)",
                        "%" + old.nationalId() + "%", "%" + old.nationalId() + "%", "%" + old.nationalId() + "%"));
        Api.Answer verified = admin.post("/api/v1/audit/verification", "");
        assertTrue(verified.object().getBoolean("intact"), verified.text());

        // idempotent: a second run finds nothing more to do about it
        run(false);
        assertEquals(
                "1",
                SystemUnderTest.queryString(
                        "select count(*) from audit_entry where action = 'COMPLAINT_ANONYMISED' and target_id = ?",
                        old.number()));

        // the report lists the runs, the latest first
        Api.Answer runs = admin.get("/api/v1/retention/runs");
        assertEquals(200, runs.status());
        List<Long> ids = new ArrayList<>();
        runs.json()
                .asJsonArray()
                .getValuesAs(JsonObject.class)
                .forEach(r -> ids.add(r.getJsonNumber("id").longValue()));
        assertTrue(ids.contains(done.getJsonNumber("id").longValue()), ids.toString());
        assertTrue(ids.contains(dry.getJsonNumber("id").longValue()), ids.toString());
        assertEquals(403, officer.get("/api/v1/retention/runs").status());
        assertEquals(
                403,
                officer.post("/api/v1/retention/runs", "{\"dryRun\":false}").status());
        assertEquals(403, agent.get("/api/v1/retention/policy").status());
        assertEquals(30, admin.get("/api/v1/retention/policy").object().getInt("complaintDays"));
    }

    @Test
    void recordingsPastTheirPeriodAreDeletedFromTheFolderAndNamesLeadingOutOfItTouchNothing() throws Exception {
        Path folder = Path.of(System.getProperty("hotline.recordings.dir"));
        Files.createDirectories(folder.resolve("2026"));
        String mark = random(9);
        Path inside = Files.writeString(folder.resolve("ret-" + mark + ".wav"), "RIFF inside");
        Path nested = Files.writeString(folder.resolve("2026/ret-" + mark + ".wav"), "RIFF nested");
        Path recent = Files.writeString(folder.resolve("recent-" + mark + ".wav"), "RIFF recent");
        Path outside = Files.writeString(folder.getParent().resolve("outside-" + mark + ".wav"), "RIFF outside");
        Path outsideByLink = Files.writeString(folder.getParent().resolve("linked-" + mark + ".wav"), "RIFF linked");
        Path link = Files.createSymbolicLink(folder.resolve("link-" + mark + ".wav"), outsideByLink);

        Instant longAgo = Instant.now().minus(Duration.ofDays(40));
        call("ret-in-" + mark, "ret-" + mark + ".wav", longAgo);
        call("ret-nested-" + mark, "2026/ret-" + mark + ".wav", longAgo);
        call("ret-dots-" + mark, "../outside-" + mark + ".wav", longAgo);
        call("ret-abs-" + mark, outside.toAbsolutePath().toString(), longAgo);
        call("ret-link-" + mark, "link-" + mark + ".wav", longAgo);
        call("ret-recent-" + mark, "recent-" + mark + ".wav", Instant.now().minus(Duration.ofDays(2)));

        JsonObject done = run(false);
        assertTrue(done.getInt("recordingsRemoved") >= 2, done.toString());
        assertTrue(done.getInt("failures") >= 3, done.toString());
        String failures = done.getString("failureDetail");
        for (String refused : List.of("ret-dots-", "ret-abs-", "ret-link-")) {
            assertTrue(failures.contains(refused + mark), failures);
        }

        assertFalse(Files.exists(inside), "the recording inside the folder is deleted");
        assertFalse(Files.exists(nested), "and the one in a folder inside it");
        assertTrue(Files.exists(recent), "a recording within its period is kept");
        assertEquals("RIFF outside", Files.readString(outside), "a name with .. or an absolute one touches nothing");
        assertTrue(Files.isSymbolicLink(link), "a link is not followed, nor removed");
        assertEquals("RIFF linked", Files.readString(outsideByLink));

        assertNotNull(removedAt("ret-in-" + mark));
        assertNotNull(removedAt("ret-nested-" + mark));
        assertNull(removedAt("ret-dots-" + mark));
        assertNull(removedAt("ret-link-" + mark));
        assertNull(removedAt("ret-recent-" + mark));
        assertEquals(
                "ret-" + mark + ".wav",
                SystemUnderTest.queryString("select recording from call_record where linkedid = ?", "ret-in-" + mark),
                "the call keeps the name of what it had");
        assertEquals(
                "admin",
                SystemUnderTest.queryString(
                        "select actor from audit_entry where action = 'RECORDING_REMOVED' and target_id = ?",
                        "ret-in-" + mark));
    }

    private static void call(String linkedid, String recording, Instant ended) throws Exception {
        LocalDateTime at = LocalDateTime.ofInstant(ended, ZoneOffset.UTC);
        SystemUnderTest.execute(
                "insert into call_record (linkedid, caller, entered_at, answered_at, ended_at, disposition, recording,"
                        + " updated_at) values (?, '07700000000', ?, ?, ?, 'ANSWERED', ?, ?)",
                linkedid,
                at.minusMinutes(5),
                at.minusMinutes(4),
                at,
                recording,
                at);
    }

    private static String removedAt(String linkedid) throws Exception {
        return SystemUnderTest.queryString("select recording_removed_at from call_record where linkedid = ?", linkedid);
    }

    @Test
    void theSubjectAccessExportHoldsTheCitizensTicketsCallsAndComplaintsAndNobodyElses() throws Exception {
        String digits = "77" + random(8); // 0 + 77 + 8 digits: an Iraqi mobile
        String phone = "0" + digits;
        String citizenName = uniqueName() + " " + uniqueName();
        String nationalId = "20" + random(10);
        Api.Answer registered = agent.post(
                "/api/v1/citizens",
                "{\"phone\":\"" + phone + "\",\"fullName\":\"" + citizenName + "\",\"nationalId\":\"" + nationalId
                        + "\"}");
        assertEquals(201, registered.status(), registered.text());
        long citizenId = registered.object().getJsonNumber("id").longValue();
        Api.Answer ticket = agent.post(
                "/api/v1/tickets",
                "{\"type\":\"ENQUIRY\",\"channel\":\"PHONE\",\"subject\":\"تجديد البطاقة الوطنية\",\"citizenId\":"
                        + citizenId + "}");
        assertEquals(201, ticket.status(), ticket.text());
        String ticketNumber = ticket.object().getString("number");
        String linkedid = "ret-sar-" + random(9);
        call(linkedid, null, Instant.now().minus(Duration.ofHours(1)));
        SystemUnderTest.execute("update call_record set caller = ? where linkedid = ?", phone, linkedid);
        Filed own = file(phone);
        Filed someoneElses = file("0790" + random(7));
        String othersTicket = agent.post(
                        "/api/v1/tickets", "{\"type\":\"ENQUIRY\",\"channel\":\"PHONE\",\"subject\":\"استفسار آخر\"}")
                .object()
                .getString("number");

        // typed as people type it: Arabic-Indic digits, spaces, the country's prefix
        String typed = "+٩٦٤ " + toArabicIndic(digits.substring(0, 3)) + " " + toArabicIndic(digits.substring(3));
        Api.Answer export = admin.post(
                "/api/v1/subject-access-exports", "{\"phone\":\"" + typed + "\",\"reason\":\"" + REASON + "\"}");
        assertEquals(200, export.status(), export.text());
        String body = export.text();
        JsonObject document = export.object();
        assertEquals(
                citizenName, document.getJsonArray("citizens").getJsonObject(0).getString("fullName"));
        assertTrue(body.contains(ticketNumber), "the citizen's ticket");
        assertTrue(body.contains(linkedid), "the citizen's call");
        JsonObject complaint = document.getJsonArray("complaints").getJsonObject(0);
        assertEquals(1, document.getJsonArray("complaints").size(), body);
        assertEquals(own.number(), complaint.getString("number"));
        assertEquals(own.name(), complaint.getString("name"), "unsealed for the export");
        assertEquals(own.narrative(), complaint.getString("narrative"));
        for (String others : List.of(someoneElses.number(), someoneElses.name(), othersTicket)) {
            assertFalse(body.contains(others), "nobody else's data: " + others);
        }

        // Someone else's sealed name replaced by this complainant's (moved from another row): it no longer opens. The
        // export still answers, with the citizen's own complaint, and names the one it could not open.
        SystemUnderTest.execute(
                "update complaint set complainant_name = (select n from (select complainant_name n from complaint"
                        + " where ticket_id = ?) own) where ticket_id = ?",
                own.id(),
                someoneElses.id());
        Api.Answer despiteAlteration = admin.post(
                "/api/v1/subject-access-exports", "{\"phone\":\"" + phone + "\",\"reason\":\"" + REASON + "\"}");
        assertEquals(200, despiteAlteration.status(), despiteAlteration.text());
        assertEquals(
                own.number(),
                despiteAlteration
                        .object()
                        .getJsonArray("complaints")
                        .getJsonObject(0)
                        .getString("number"));
        assertTrue(
                despiteAlteration
                        .object()
                        .getJsonArray("complaintsNotOpened")
                        .toString()
                        .contains(someoneElses.number()),
                despiteAlteration.text());
        assertFalse(despiteAlteration.text().contains(someoneElses.name()), "nobody else's name");

        // by national id, with spaces and Arabic-Indic digits: the same citizen
        Api.Answer byId = admin.post(
                "/api/v1/subject-access-exports",
                "{\"nationalId\":\"" + toArabicIndic(nationalId.substring(0, 4)) + " " + nationalId.substring(4)
                        + "\",\"reason\":\"" + REASON + "\"}");
        assertEquals(200, byId.status(), byId.text());
        assertTrue(byId.text().contains(ticketNumber));

        // a reason is required, and something to look up
        Api.Answer noReason = admin.post("/api/v1/subject-access-exports", "{\"phone\":\"" + phone + "\"}");
        assertEquals(400, noReason.status(), noReason.text());
        assertTrue(noReason.text().contains("reason"), noReason.text());
        Api.Answer nothing = admin.post("/api/v1/subject-access-exports", "{\"reason\":\"" + REASON + "\"}");
        assertEquals(400, nothing.status(), nothing.text());
        Api.Answer badPhone =
                admin.post("/api/v1/subject-access-exports", "{\"phone\":\"12\",\"reason\":\"" + REASON + "\"}");
        assertEquals(400, badPhone.status(), badPhone.text());

        // audited with who and why
        assertEquals(
                "admin|" + REASON,
                SystemUnderTest.queryString(
                        "select concat(actor, '|', reason) from audit_entry where action = 'SUBJECT_ACCESS_EXPORTED'"
                                + " and target_id = ? order by id desc limit 1",
                        String.valueOf(citizenId)));

        // nobody else: the recused officer of the accused institution, another officer, an agent, a supervisor;
        // the same answer for the complainant's number and for a number nobody has
        String nobody = "0750" + random(7);
        for (String who : List.of("ret.moi.officer", "ret.officer", "ret.agent", "ret.supervisor")) {
            Api as = Api.as(who, PASSWORD);
            Api.Answer known = as.post(
                    "/api/v1/subject-access-exports", "{\"phone\":\"" + phone + "\",\"reason\":\"" + REASON + "\"}");
            Api.Answer unknown = as.post(
                    "/api/v1/subject-access-exports", "{\"phone\":\"" + nobody + "\",\"reason\":\"" + REASON + "\"}");
            assertEquals(403, known.status(), who);
            assertEquals(known.status(), unknown.status(), who);
            assertEquals(known.text(), unknown.text(), who);
            assertFalse(known.text().contains(own.name()), who);
        }
        assertEquals(
                401,
                Api.anonymous().post("/api/v1/subject-access-exports", "{}").status());
        Api.Answer none = admin.post(
                "/api/v1/subject-access-exports", "{\"phone\":\"" + nobody + "\",\"reason\":\"" + REASON + "\"}");
        assertEquals(200, none.status());
        assertEquals(0, none.object().getJsonArray("citizens").size());
    }

    private static String toArabicIndic(String latin) {
        StringBuilder text = new StringBuilder();
        for (char c : latin.toCharArray()) {
            text.append(Character.isDigit(c) ? (char) ('٠' + (c - '0')) : c);
        }
        return text.toString();
    }

    @Test
    void theReportPageRunsADryRunAndListsItInArabicEnglishAndKurdish() throws Exception {
        try (Browser browser = new Browser()) {
            browser.signIn("admin", SystemUnderTest.ADMIN_PASSWORD);
            for (String language : List.of("ar", "en", "ku")) {
                browser.open("/language?to=" + language + "&back=/admin/retention.xhtml");
                assertEquals(language.equals("en") ? "ltr" : "rtl", browser.direction(), language);
                String before = String.valueOf(runsListed(browser));
                browser.submit(By.id("run:dryRun"));
                browser.waitForSomeText(By.id("messages"));
                String said = browser.text(By.id("messages"));
                assertTrue(
                        said.contains(
                                language.equals("en")
                                        ? "nothing was changed"
                                        : language.equals("ar") ? "لم يتغير شيء" : "هیچ نەگۆڕا"),
                        said);
                assertTrue(runsListed(browser) > Integer.parseInt(before), "the dry run is listed");
                String policy = browser.text(By.id("policy"));
                assertTrue(policy.contains("30") || policy.contains("٣٠"), policy);
                List<String> problems = new ArrayList<>();
                for (Axe.Violation violation : Axe.run(browser)) {
                    if (violation.impact().equals("critical")
                            || violation.impact().equals("serious")) {
                        problems.add(violation.toString());
                    }
                }
                assertTrue(problems.isEmpty(), language + ": " + problems);

                // the page the run answered with is a fresh one: a reload or Back starts no other run
                int listed = runsListed(browser);
                browser.refresh();
                assertEquals(listed, runsListed(browser), language + ": a reload lists the same runs");
                assertFalse(browser.text(By.id("messages")).contains(said), "the outcome was said once");
            }

            // the real run asks first; cancelled, nothing runs
            browser.open("/language?to=en&back=/admin/retention.xhtml");
            String realRuns = "select count(*) from retention_run where dry_run = 0";
            String before = SystemUnderTest.queryString(realRuns);
            browser.click(By.id("run:runNow"));
            browser.waitForShown(By.id("runConfirmForm:runConfirm"));
            assertTrue(browser.text(By.id("runConfirmForm:runConfirm")).contains("cannot be undone"));
            browser.click(By.id("runConfirmForm:runNo"));
            browser.waitForHidden(By.id("runConfirmForm:runConfirm"));
            assertEquals(before, SystemUnderTest.queryString(realRuns), "cancelled: no run");
            browser.click(By.id("run:runNow"));
            browser.waitForShown(By.id("runConfirmForm:runConfirm"));
            browser.submit(By.id("runConfirmForm:runYes"));
            assertTrue(browser.waitForSomeText(By.id("messages")).contains("Run finished"));
            String after = SystemUnderTest.queryString(realRuns);
            assertEquals(Integer.parseInt(before) + 1, Integer.parseInt(after), "one real run");
            browser.refresh();
            browser.back();
            assertEquals(after, SystemUnderTest.queryString(realRuns), "reload and Back: still one");
        }
        try (Browser other = new Browser()) {
            other.signIn("ret.officer", PASSWORD);
            other.open("/admin/retention.xhtml");
            assertTrue(other.elements(By.id("policy")).isEmpty(), "an officer does not see the page");
            assertTrue(other.elements(By.id("run:runNow")).isEmpty(), "nor its buttons");
        }
    }

    @Test
    void anOfficerPutsACaseOnLegalHoldFromItsPageWithAReason() throws Exception {
        Filed complaint = file("0783" + random(7));
        String page = "/officer/complaint.xhtml?number=" + complaint.number();
        try (Browser browser = new Browser()) {
            browser.signIn("ret.officer", PASSWORD);
            browser.open("/language?to=en&back=" + page);
            assertEquals("ltr", browser.direction());
            browser.submit(By.id("hold:toggle")); // no reason: said beside the field, nothing held
            assertFalse(browser.waitForSomeText(By.id("hold:reasonMessage")).isBlank());
            assertEquals("0", column("legal_hold + 0", complaint.id()));
            browser.type(By.id("hold:reason"), "The case is before the integrity court");
            browser.submit(By.id("hold:toggle"));
            assertTrue(browser.text(By.id("legalHoldNote")).contains("legal hold"), browser.text(By.id("identity")));
            assertEquals("1", column("legal_hold + 0", complaint.id()));
            assertEquals("Release the legal hold", browser.text(By.id("hold:toggle")));
            browser.open("/language?to=ar&back=" + page);
            assertEquals("rtl", browser.direction());
            assertEquals("رفع الحجز القانوني", browser.text(By.id("hold:toggle")));
        }
        assertEquals(
                "ret.officer|The case is before the integrity court",
                SystemUnderTest.queryString(
                        "select concat(actor, '|', reason) from audit_entry where action = 'COMPLAINT_HELD'"
                                + " and target_id = ?",
                        complaint.number()));
    }

    private static int runsListed(Browser browser) {
        return browser.elements(By.cssSelector("#runs tbody tr")).size();
    }
}
