package org.hotline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.hotline.common.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Complaints about staff through the API on the real server: an agent files one by phone and gets the receipt once;
 * from then on agents, supervisors and administrators see only that a complaint exists; officers read it, audited,
 * with the complainant's identity sealed until one unseals it with a reason, audited too; an officer of the accused
 * institution is refused (recusal); bad input is refused with nothing saved.
 */
class ComplaintIT {

    private static final String PASSWORD = "a long test passphrase 5599";
    private static Api agent;
    private static Api officer;

    @BeforeAll
    static void people() throws Exception {
        SystemUnderTest.ensureUser("cmp.agent", "Complaint Agent", PASSWORD, Role.AGENT);
        SystemUnderTest.ensureUser("cmp.supervisor", "Complaint Supervisor", PASSWORD, Role.SUPERVISOR);
        SystemUnderTest.ensureUser("cmp.officer", "Integrity Officer", PASSWORD, Role.OFFICER);
        SystemUnderTest.ensureUser("cmp.moi.officer", "MOI Officer", PASSWORD, Role.OFFICER);
        try (var db = SystemUnderTest.database();
                var moi = db.prepareStatement(
                        "update user_account set institution_code = 'MOI' where username = 'cmp.moi.officer'")) {
            moi.executeUpdate();
        }
        agent = Api.as("cmp.agent", PASSWORD);
        officer = Api.as("cmp.officer", PASSWORD);
    }

    private static String audited(String action, String number) throws Exception {
        return SystemUnderTest.queryString(
                "select concat(actor, '|', coalesce(reason, '')) from audit_entry"
                        + " where action = ? and target_id = ? order by id desc limit 1",
                action,
                number);
    }

    @Test
    void theAgentGetsTheReceiptOnceAndThenSeesOnlyThatAComplaintExists() throws Exception {
        JsonObject receipt = SystemUnderTest.fileComplaint(agent, false);
        String number = receipt.getString("number");
        String pin = receipt.getString("pin");
        assertTrue(pin.matches("[0-9]{6}"), pin);
        assertTrue(receipt.getString("warning").contains("only once"));
        assertEquals("cmp.agent|", audited("COMPLAINT_FILED", number));
        String stored = SystemUnderTest.queryString(
                "select receipt_pin_hash from ticket where id = ?",
                Long.parseLong(number.substring(0, number.length() - 1)) - 100_000);
        assertFalse(stored.contains(pin), "the PIN is kept only as a slow hash");

        Api.Answer asTicket = agent.get("/api/v1/tickets/" + number);
        assertEquals(200, asTicket.status());
        assertEquals("شكوى ضد موظف", asTicket.object().getString("subject"));
        assertFalse(
                asTicket.text().contains("طلب مبلغًا")
                        || asTicket.text().contains("حسين")
                        || asTicket.text().contains("7801234567")
                        || asTicket.text().contains("الشباك"),
                asTicket.text());

        for (String[] who : new String[][] {
            {"cmp.agent", PASSWORD}, {"cmp.supervisor", PASSWORD}, {"admin", SystemUnderTest.ADMIN_PASSWORD}
        }) {
            assertEquals(
                    403,
                    Api.as(who[0], who[1]).get("/api/v1/complaints/" + number).status(),
                    who[0]);
        }
        assertEquals(
                409,
                agent.post("/api/v1/tickets/" + number + "/comments", "{\"body\":\"ملاحظة\",\"internal\":true}")
                        .status(),
                "no changes through the ticket desk");
        assertEquals(
                409,
                agent.post(
                                "/api/v1/tickets",
                                "{\"type\":\"COMPLAINT_ABOUT_STAFF\",\"channel\":\"PHONE\"," + "\"subject\":\"شكوى\"}")
                        .status(),
                "a complaint is filed through the intake only");
    }

    @Test
    void anOfficerReadsItSealedAndUnsealsTheIdentityOnlyWithAReasonBothAudited() throws Exception {
        String number = SystemUnderTest.fileComplaint(agent, false).getString("number");
        Api.Answer read = officer.get("/api/v1/complaints/" + number);
        assertEquals(200, read.status(), read.text());
        assertEquals("طلب مبلغًا لإكمال معاملة الجواز", read.object().getString("narrative"));
        assertEquals("BRIBE_REQUEST", read.object().getString("allegation"));
        assertTrue(read.object().getBoolean("identitySealed"));
        assertFalse(read.text().contains("حسين") || read.text().contains("7801234567"), "sealed: " + read.text());
        assertEquals("cmp.officer|", audited("COMPLAINT_VIEWED", number));

        assertEquals(
                400,
                officer.post("/api/v1/complaints/" + number + "/unsealing", "{}")
                        .status());
        assertEquals(
                400,
                officer.post("/api/v1/complaints/" + number + "/unsealing", "{\"reason\":\"x\"}")
                        .status());
        assertEquals(null, audited("COMPLAINT_UNSEALED", number), "a refused unseal reveals and records nothing");

        String reason = "استدعاء المشتكي للإدلاء بشهادته أمام لجنة التحقيق";
        Api.Answer unsealed =
                officer.post("/api/v1/complaints/" + number + "/unsealing", "{\"reason\":\"" + reason + "\"}");
        assertEquals(200, unsealed.status(), unsealed.text());
        assertEquals("حسين علي", unsealed.object().getString("name"));
        assertEquals("+9647801234567", unsealed.object().getString("phone"));
        assertEquals("cmp.officer|" + reason, audited("COMPLAINT_UNSEALED", number));
    }

    @Test
    void anAnonymousComplaintHasNoIdentityToUnseal() throws Exception {
        String number = SystemUnderTest.fileComplaint(agent, true).getString("number");
        assertFalse(officer.get("/api/v1/complaints/" + number).object().getBoolean("identitySealed"));
        assertEquals(
                409,
                officer.post(
                                "/api/v1/complaints/" + number + "/unsealing",
                                "{\"reason\":\"نحتاج هوية المشتكي للتحقيق\"}")
                        .status());
    }

    @Test
    void anOfficerOfTheAccusedInstitutionIsRefusedAndTheAttemptIsAudited() throws Exception {
        String number = SystemUnderTest.fileComplaint(agent, false).getString("number");
        Api.Answer refused = Api.as("cmp.moi.officer", PASSWORD).get("/api/v1/complaints/" + number);
        assertEquals(404, refused.status(), "as if there were no such complaint: " + refused.text());
        assertEquals("urn:hotline:problem:complaint-not-found", refused.object().getString("type"));
        assertFalse(refused.text().contains("recused"), refused.text());
        assertNotNull(audited("COMPLAINT_RECUSED", number), "the attempt leaves its mark");
        assertEquals(null, audited("COMPLAINT_VIEWED", number));
    }

    @Test
    void badInputIsRefusedPerFieldWithNothingSaved() throws Exception {
        String before = SystemUnderTest.queryString("select count(*) from complaint");
        Api.Answer empty = agent.post("/api/v1/complaints", "{\"institutionCode\":\"MOI\",\"anonymous\":false}");
        assertEquals(400, empty.status(), empty.text());
        for (String field :
                new String[] {"allegation", "narrative", "accusedNamed", "complainantGivenUnlessAnonymous"}) {
            assertTrue(empty.text().contains(field), field + " in " + empty.text());
        }
        Api.Answer unknown = agent.post(
                "/api/v1/complaints",
                "{\"institutionCode\":\"NOPE\",\"accusedName\":\"x\","
                        + "\"allegation\":\"EXTORTION\",\"narrative\":\"قصة\",\"anonymous\":true}");
        assertEquals(400, unknown.status(), unknown.text());
        assertTrue(unknown.text().contains("institutionCode"), unknown.text());
        Api.Answer unknownService = agent.post(
                "/api/v1/complaints",
                "{\"institutionCode\":\"MOI\","
                        + "\"eServiceCode\":\"NO-SUCH-SERVICE\",\"accusedName\":\"x\",\"allegation\":\"EXTORTION\","
                        + "\"narrative\":\"قصة\",\"anonymous\":true}");
        assertEquals(400, unknownService.status(), unknownService.text());
        assertTrue(unknownService.text().contains("eServiceCode"), unknownService.text());
        assertEquals(before, SystemUnderTest.queryString("select count(*) from complaint"));
        assertEquals(
                403,
                Api.as("cmp.supervisor", PASSWORD)
                        .post(
                                "/api/v1/complaints",
                                "{\"institutionCode\":\"MOI\","
                                        + "\"accusedName\":\"x\",\"allegation\":\"EXTORTION\",\"narrative\":\"قصة\",\"anonymous\":true}")
                        .status(),
                "supervisors do not take complaints");
    }

    @Test
    void anOfficerMovesTheCaseWithReasonedDecisionsAndAssignsItButNeverToARecusedOfficer() throws Exception {
        String number = SystemUnderTest.fileComplaint(agent, true).getString("number");
        String transitions = "/api/v1/complaints/" + number + "/transitions";
        assertEquals(400, officer.post(transitions, "{\"to\":\"TRIAGE\"}").status(), "a decision has a reason");
        assertEquals(
                409,
                officer.post(transitions, "{\"to\":\"INVESTIGATION\",\"reason\":\"تخطي الفرز مباشرة\"}")
                        .status(),
                "no step is skipped");
        for (String[] step : new String[][] {
            {"TRIAGE", "شكوى ضمن الاختصاص"},
            {"UNDER_REVIEW", "تستحق المراجعة"},
            {"INVESTIGATION", "أدلة كافية لفتح تحقيق"}
        }) {
            Api.Answer moved = officer.post(transitions, "{\"to\":\"" + step[0] + "\",\"reason\":\"" + step[1] + "\"}");
            assertEquals(200, moved.status(), moved.text());
            assertEquals(step[0], moved.object().getString("caseState"));
        }
        assertEquals(
                409,
                officer.post(transitions, "{\"to\":\"REFERRED\",\"reason\":\"إحالة إلى هيئة النزاهة\"}")
                        .status(),
                "a referral names its reference");
        assertEquals(
                200,
                officer.post(
                                transitions,
                                "{\"to\":\"REFERRED\",\"reason\":\"إحالة إلى هيئة النزاهة\","
                                        + "\"reference\":\"NZ-2026-1187\"}")
                        .status());
        assertEquals("cmp.officer|إحالة إلى هيئة النزاهة", audited("COMPLAINT_MOVED", number));
        assertEquals(
                "4",
                SystemUnderTest.queryString(
                        "select count(*) from complaint_decision where complaint_id = ?",
                        Long.parseLong(number.substring(0, number.length() - 1)) - 100_000));

        String assignee = "/api/v1/complaints/" + number + "/assignee";
        assertEquals(
                409,
                officer.put(assignee, "{\"officer\":\"cmp.moi.officer\"}").status(),
                "an officer of the accused institution is never assigned");
        assertEquals(409, officer.put(assignee, "{\"officer\":\"cmp.agent\"}").status(), "only officers");
        Api.Answer assigned = officer.put(assignee, "{\"officer\":\"cmp.officer\"}");
        assertEquals(200, assigned.status(), assigned.text());
        assertEquals("cmp.officer", assigned.object().getString("assignedOfficer"));
        assertEquals(
                403,
                agent.post(transitions, "{\"to\":\"CLOSED\",\"reason\":\"محاولة من موظف استجابة\"}")
                        .status());
    }
}
