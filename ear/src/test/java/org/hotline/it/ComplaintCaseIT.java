package org.hotline.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import org.hotline.attachment.SampleFiles;
import org.hotline.common.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rest of an officer's case through the API on the real server: the caller's evidence (added by the agent who
 * took the complaint, checked by its content, read by officers only and audited), the case list with deadlines and
 * recusal, questions to the complainant, and the hotspots with repeat accusations flagged and the export audited.
 */
class ComplaintCaseIT {

    private static final String PASSWORD = "a long test passphrase 5599";
    private static final ZoneId BAGHDAD = ZoneId.of("Asia/Baghdad");
    /** A real, small PNG: the type is read from its content, whatever the name says, and it must decode. */
    static final byte[] PNG = SampleFiles.png(24, 24);
    /** A Windows executable, as someone might send it named "letter.pdf". */
    static final byte[] EXECUTABLE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};

    private static Api agent;
    private static Api officer;
    private static Api moiOfficer;
    private static Api supervisor;

    @BeforeAll
    static void people() throws Exception {
        SystemUnderTest.ensureUser("case.agent", "Case Agent", PASSWORD, Role.AGENT);
        SystemUnderTest.ensureUser("case.agent2", "Another Agent", PASSWORD, Role.AGENT);
        SystemUnderTest.ensureUser("case.supervisor", "Case Supervisor", PASSWORD, Role.SUPERVISOR);
        SystemUnderTest.ensureUser("case.officer", "Case Officer", PASSWORD, Role.OFFICER);
        SystemUnderTest.ensureUser("case.moi.officer", "Case MOI Officer", PASSWORD, Role.OFFICER);
        try (var db = SystemUnderTest.database();
                var moi = db.prepareStatement(
                        "update user_account set institution_code = 'MOI' where username = 'case.moi.officer'")) {
            moi.executeUpdate();
        }
        agent = Api.as("case.agent", PASSWORD);
        officer = Api.as("case.officer", PASSWORD);
        moiOfficer = Api.as("case.moi.officer", PASSWORD);
        supervisor = Api.as("case.supervisor", PASSWORD);
    }

    private static String id(String number) {
        return String.valueOf(Long.parseLong(number.substring(0, number.length() - 1)) - 100_000);
    }

    private static String audited(String action, String target) throws Exception {
        return SystemUnderTest.queryString(
                "select concat(actor, '|', coalesce(detail, '')) from audit_entry"
                        + " where action = ? and target_id = ? order by id desc limit 1",
                action,
                target);
    }

    /** Midnight in Baghdad at the end of the day {@code days} after the instant's Baghdad day, as the API writes it. */
    private static Instant endOfBaghdadDay(Instant from, int days) {
        return from.atZone(BAGHDAD)
                .toLocalDate()
                .plusDays(days + 1L)
                .atStartOfDay(BAGHDAD)
                .toInstant();
    }

    @Test
    void theTakingAgentAddsTheCallersEvidenceCheckedByContentAndOnlyOfficersReadItAudited() throws Exception {
        String number = SystemUnderTest.fileComplaint(agent, false).getString("number");
        String evidence = "/api/v1/complaints/" + number + "/evidence";
        assertEquals(
                204,
                agent.postBytes(evidence + "?name=receipt-photo.png", "image/png", PNG)
                        .status());

        Api.Answer renamed = agent.postBytes(evidence + "?name=letter.pdf", "application/pdf", EXECUTABLE);
        assertEquals(415, renamed.status(), renamed.text());
        assertTrue(renamed.contentType().startsWith("application/problem+json"), renamed.contentType());
        assertEquals(
                409,
                Api.as("case.agent2", PASSWORD)
                        .postBytes(evidence + "?name=x.png", "image/png", PNG)
                        .status(),
                "only the agent who took the complaint adds to it");
        assertEquals(
                "1",
                SystemUnderTest.queryString(
                        "select count(*) from complaint_evidence where complaint_id = ?", id(number)),
                "nothing refused was kept");

        JsonObject read = officer.get("/api/v1/complaints/" + number).object();
        JsonObject file = read.getJsonArray("evidence").getJsonObject(0);
        assertEquals("receipt-photo.png", file.getString("fileName"));
        assertEquals("image/png", file.getString("mediaType"));
        assertEquals("PHONE", file.getString("addedBy"));
        assertEquals(
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PNG)), file.getString("sha256"));

        String download = evidence + "/" + file.getJsonNumber("id").longValue();
        HttpResponse<byte[]> got = officer.download(download);
        assertEquals(200, got.statusCode());
        assertArrayEquals(PNG, got.body());
        assertTrue(got.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertTrue(audited("COMPLAINT_EVIDENCE_READ", number).startsWith("case.officer|evidence "));
        assertEquals(403, supervisor.download(download).statusCode());
        assertEquals(403, agent.download(download).statusCode(), "the agent gave it, and still cannot read it");
    }

    @Test
    void theCaseHasItsNextDecisionDueAndQuestionsTheirAnswerDueAndOverdueCasesStandOut() throws Exception {
        String number = SystemUnderTest.fileComplaint(agent, true).getString("number");
        String path = "/api/v1/complaints/" + number;
        JsonObject filed = officer.get(path).object();
        Instant created = Instant.parse(filed.getString("createdAt"));
        assertEquals(
                endOfBaghdadDay(created, 2),
                Instant.parse(filed.getString("decisionDueAt")),
                "two Baghdad days to triage");
        assertFalse(filed.getBoolean("overdue"));

        Api.Answer vague = officer.post(path + "/questions", "{\"question\":\"لماذا؟\",\"daysToAnswer\":14}");
        assertEquals(400, vague.status(), vague.text());
        assertEquals(
                400,
                officer.post(
                                path + "/questions",
                                "{\"question\":\"في أي ساعة حدث ذلك بالضبط؟\"," + "\"daysToAnswer\":90}")
                        .status(),
                "at most 60 days");
        Api.Answer asked = officer.post(
                path + "/questions", "{\"question\":\"في أي ساعة حدث ذلك بالضبط؟\"," + "\"daysToAnswer\":14}");
        assertEquals(201, asked.status(), asked.text());
        assertEquals(
                endOfBaghdadDay(Instant.parse(asked.object().getString("askedAt")), 14),
                Instant.parse(asked.object().getString("answerDueAt")));
        assertTrue(audited("COMPLAINT_QUESTION_ASKED", number).startsWith("case.officer|question "));
        assertEquals(
                403,
                supervisor
                        .post(
                                path + "/questions",
                                "{\"question\":\"في أي ساعة حدث ذلك بالضبط؟\"," + "\"daysToAnswer\":14}")
                        .status());

        LocalDate today = LocalDate.now(BAGHDAD);
        Api.Answer pastDeadline = officer.post(
                path + "/transitions",
                "{\"to\":\"TRIAGE\",\"reason\":" + "\"شكوى ضمن الاختصاص\",\"dueOn\":\"" + today + "\"}");
        assertEquals(409, pastDeadline.status(), "a deadline is from tomorrow on: " + pastDeadline.text());
        Api.Answer moved = officer.post(
                path + "/transitions",
                "{\"to\":\"TRIAGE\",\"reason\":\"شكوى ضمن الاختصاص\"," + "\"dueOn\":\"" + today.plusDays(3) + "\"}");
        assertEquals(200, moved.status(), moved.text());
        assertEquals(
                today.plusDays(4).atStartOfDay(BAGHDAD).toInstant(),
                Instant.parse(moved.object().getString("decisionDueAt")),
                "by the end of the chosen day");
        assertEquals(1, moved.object().getJsonArray("questions").size());

        SystemUnderTest.execute(
                "update complaint set decision_due_at = utc_timestamp() - interval 1 hour" + " where ticket_id = ?",
                id(number));
        JsonObject listed = find(officer.get("/api/v1/complaints?overdue=true"), number);
        assertTrue(listed.getBoolean("overdue"));
        assertEquals(1, listed.getInt("openQuestions"));
        assertEquals("TRIAGE", listed.getString("caseState"));
        assertEquals(null, find(officer.get("/api/v1/complaints?state=RECEIVED"), number), "filtered by state");
        assertEquals(
                null,
                find(moiOfficer.get("/api/v1/complaints"), number),
                "an officer of the accused institution never finds it in the list");
        assertEquals(403, supervisor.get("/api/v1/complaints").status());
    }

    private static JsonObject find(Api.Answer list, String number) {
        assertEquals(200, list.status(), list.text());
        return ((JsonArray) list.json())
                .getValuesAs(JsonObject.class).stream()
                        .filter(c -> c.getString("number").equals(number))
                        .findFirst()
                        .orElse(null);
    }

    private static String fileAgainst(String institution, String office, String employee) throws Exception {
        Api.Answer filed = agent.post(
                "/api/v1/complaints",
                "{\"institutionCode\":\"" + institution
                        + "\",\"office\":\"" + office + "\",\"accusedEmployeeId\":\"" + employee + "\","
                        + "\"allegation\":\"FIXER\",\"narrative\":\"يعمل مع معقب يطلب مبالغ لتسريع المعاملات\","
                        + "\"anonymous\":true}");
        assertEquals(201, filed.status(), filed.text());
        return filed.object().getString("number");
    }

    private static JsonObject group(JsonObject hotspots, String level, String field, String value) {
        return hotspots.getJsonArray(level).getValuesAs(JsonObject.class).stream()
                .filter(g -> !g.isNull(field) && g.getString(field).equals(value))
                .findFirst()
                .orElse(null);
    }

    @Test
    void hotspotsGroupByOfficeAndEmployeeAndFlagThreeWithinNinetyDaysAndTheExportIsAudited() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        String busy = "دائرة المرور العامة " + run;
        String quiet = "مكتب تسجيل المركبات " + run;
        String employee = "EMP-" + run;
        List<String> busyComplaints = List.of(
                fileAgainst("TRAFFIC", busy, employee),
                fileAgainst("TRAFFIC", busy, employee),
                fileAgainst("TRAFFIC", busy, employee));
        fileAgainst("TRAFFIC", quiet, "EMP-other-" + run);
        fileAgainst("TRAFFIC", quiet, "EMP-other-" + run);
        fileAgainst("MOI", "مكتب الجوازات " + run, "EMP-moi-" + run);

        LocalDate today = LocalDate.now(BAGHDAD);
        String period = "?from=" + today.minusDays(119) + "&to=" + today;
        Api.Answer answer = officer.get("/api/v1/complaints/hotspots" + period);
        assertEquals(200, answer.status(), answer.text());
        JsonObject office = group(answer.object(), "offices", "office", busy);
        assertEquals(3, office.getInt("complaints"));
        assertEquals(3, office.getInt("mostIn90Days"));
        assertTrue(office.getBoolean("repeated"), "three against one office within 90 days");
        assertFalse(group(answer.object(), "offices", "office", quiet).getBoolean("repeated"));
        assertTrue(group(answer.object(), "employees", "accused", employee).getBoolean("repeated"));
        assertTrue(audited("COMPLAINT_HOTSPOTS_VIEWED", "hotspots").startsWith("case.officer|"));

        // One of the three was 100 days earlier: still three in the period, but never three within 90 days.
        SystemUnderTest.execute(
                "update complaint set created_at = created_at - interval 100 day where ticket_id = ?",
                id(busyComplaints.get(0)));
        office = group(officer.get("/api/v1/complaints/hotspots" + period).object(), "offices", "office", busy);
        assertEquals(3, office.getInt("complaints"));
        assertEquals(2, office.getInt("mostIn90Days"));
        assertFalse(office.getBoolean("repeated"));

        JsonObject recused =
                moiOfficer.get("/api/v1/complaints/hotspots" + period).object();
        assertTrue(
                recused.getJsonArray("institutions").getValuesAs(JsonObject.class).stream()
                        .noneMatch(g -> g.getString("institutionCode").equals("MOI")),
                "no MOI rows for an MOI officer");
        assertEquals(null, group(recused, "offices", "office", "مكتب الجوازات " + run));
        assertEquals(403, supervisor.get("/api/v1/complaints/hotspots").status());

        HttpResponse<byte[]> csv = officer.download("/api/v1/complaints/hotspots.csv" + period);
        assertEquals(200, csv.statusCode(), new String(csv.body(), StandardCharsets.UTF_8));
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text.contains("office,\"TRAFFIC\",\"" + busy + "\",,3,2,false"), text);
        assertTrue(text.contains("employee,\"TRAFFIC\",,\"EMP-other-" + run + "\",2,2,false"), text);
        assertTrue(audited("COMPLAINTS_EXPORTED", "hotspots").startsWith("case.officer|hotspots CSV"));
        assertEquals(
                403,
                supervisor.download("/api/v1/complaints/hotspots.csv").statusCode(),
                "supervisors export nothing about complaints");

        Api.Answer backwards = officer.get("/api/v1/complaints/hotspots?from=" + today + "&to=" + today.minusDays(1));
        assertEquals(400, backwards.status(), backwards.text());
        assertTrue(backwards.text().contains("invalid-period"), backwards.text());
        assertEquals(
                400, officer.get("/api/v1/complaints/hotspots?from=yesterday").status());
    }
}
