package org.hotline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.hotline.common.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The complaint's pages in a real headless Chromium: the agent files one during a call with the caller's evidence;
 * an officer (in English, left to right) works the case on its page, unsealing with a reason, deciding and asking a
 * question; the complainant (in Arabic, right to left) answers it and adds evidence in the follow-up; and every other
 * role meets the officers' pages as pages that do not exist, as the API refuses them.
 */
class ComplaintCaseWebIT {

    private static final String PASSWORD = "a long test passphrase 5599";
    private static final String NARRATIVE = "طلب مبلغًا لإكمال معاملة الجواز";
    /** The calls the agent answers in this run, new to the call log. */
    private static final String CALLS = "1764" + System.currentTimeMillis() % 1_000_000;

    private static final String CALL = CALLS + ".91";

    /** A call the agent answers on their own phone, through the PBX. */
    private static String answered(String linkedid) throws Exception {
        for (String block : PbxCalls.answered(
                linkedid, "07713150091", "enquiries", "PJSIP/1561", "Web Agent", Instant.now(), 3, 20)) {
            TestPbx.get().send(block);
        }
        CallRecords.awaitDisposition(linkedid, "ANSWERED");
        return linkedid;
    }

    private static Api agentApi;

    @BeforeAll
    static void people() throws Exception {
        SystemUnderTest.ensureAgentWithPhone("web.agent", "Web Agent", PASSWORD, "PJSIP/1561");
        SystemUnderTest.ensureUser("web.supervisor", "Web Supervisor", PASSWORD, Role.SUPERVISOR);
        SystemUnderTest.ensureUser("web.officer", "Web Officer", PASSWORD, Role.OFFICER);
        SystemUnderTest.ensureUser("web.moi.officer", "Web MOI Officer", PASSWORD, Role.OFFICER);
        SystemUnderTest.execute(
                "update user_account set institution_code = 'MOI' where username = ?", "web.moi.officer");
        agentApi = Api.as("web.agent", PASSWORD);
    }

    private static void choose(Browser browser, String selectOneMenu, String value) {
        // PrimeFaces draws its own list over a hidden native select, which is what the form posts
        browser.script("document.getElementById(arguments[0] + '_input').value = arguments[1]", selectOneMenu, value);
    }

    private static String id(String number) {
        return String.valueOf(Long.parseLong(number.substring(0, number.length() - 1)) - 100_000);
    }

    private static Path file(String name, byte[] content) throws Exception {
        Path dir = Files.createTempDirectory("evidence");
        return Files.write(dir.resolve(name), content);
    }

    @Test
    void theAgentFilesDuringTheCallWithTheCallersEvidenceReadsTheReceiptOutAndThenSeesNothingOfIt() throws Exception {
        try (Browser agent = new Browser()) {
            agent.signIn("web.agent", PASSWORD);
            agent.follow(By.linkText("شكوى على موظف"));
            assertEquals("/agent/complaint.xhtml", agent.path());
            agent.open("/agent/complaint.xhtml?call=" + answered(CALLS + ".77") + "&phone=07801112233");
            choose(agent, "complaint:institution", "MOI");
            choose(agent, "complaint:allegation", "EXTORTION");
            agent.type(By.id("complaint:office"), "مديرية الجنسية - الكاظمية");
            agent.type(By.id("complaint:accusedEmployeeId"), "EMP-4410");
            agent.type(By.id("complaint:eService_input"), "MOI-PASSPORT-NEW");
            agent.waitUntil(
                    "return document.querySelector(\"[id='complaint:eService_panel'] li.ui-autocomplete-item\")"
                            + " !== null",
                    java.time.Duration.ofSeconds(20));
            agent.click(By.cssSelector("[id='complaint:eService_panel'] li.ui-autocomplete-item"));
            agent.type(By.id("complaint:narrative"), "هدد بتأخير المعاملة ما لم يُدفع له مبلغ");
            agent.click(By.cssSelector("[id='complaint:anonymous'] .ui-chkbox-box"));
            agent.type(By.id("complaint:complainantName"), "زينب كاظم");
            String before = SystemUnderTest.queryString("select count(*) from complaint");
            agent.upload(By.id("complaint:evidence"), file("صورة.png", ComplaintCaseIT.EXECUTABLE));
            agent.submit(By.id("complaint:submit"));
            agent.screenshot("complaint-agent-refused-ar");
            assertTrue(agent.isShown(By.id("complaint:evidenceMessage")), agent.text(By.tagName("body")));
            assertEquals("تُقبل ملفات PDF و PNG و JPEG فقط.", agent.text(By.id("complaint:evidenceMessage")));
            assertEquals(
                    before,
                    SystemUnderTest.queryString("select count(*) from complaint"),
                    "a refused file refuses the filing it came with: nothing half saved");
            assertEquals(
                    "هدد بتأخير المعاملة ما لم يُدفع له مبلغ",
                    agent.script("return document.getElementById('complaint:narrative').value"),
                    "nothing typed is lost");

            agent.upload(By.id("complaint:evidence"), file("واصل.png", ComplaintCaseIT.PNG));
            agent.screenshot("complaint-agent-form-ar");
            agent.submit(By.id("complaint:submit"));

            String number = agent.waitForSomeText(By.id("receiptNumber"));
            assertTrue(agent.text(By.id("receiptPin")).matches("[0-9]{6}"));
            assertTrue(agent.text(By.cssSelector(".receipt-warning")).contains("اقرأ"), "read it out to the caller");
            String ticket = id(number);
            assertEquals(
                    CALLS + ".77|web.agent",
                    SystemUnderTest.queryString(
                            "select concat(" + "call_linkedid, '|', taken_by) from complaint where ticket_id = ?",
                            ticket));
            // The caller's number became the complainant's phone: sealed in the row, read by an officer who unseals.
            Api.Answer unsealed = Api.as("web.officer", PASSWORD)
                    .post(
                            "/api/v1/complaints/" + number + "/unsealing",
                            "{\"reason\":\"Calling the complainant back about the evidence\"}");
            assertEquals(200, unsealed.status(), unsealed.text());
            assertEquals("+9647801112233", unsealed.object().getString("phone"));
            assertEquals(
                    "MOI-PASSPORT-NEW",
                    SystemUnderTest.queryString("select e_service_code from complaint where ticket_id = ?", ticket));
            assertEquals(
                    "واصل.png|PHONE",
                    SystemUnderTest.queryString(
                            "select concat(file_name, '|', added_by)"
                                    + " from complaint_evidence where complaint_id = ?",
                            ticket));

            agent.open("/desk/ticket.xhtml?number=" + number);
            assertEquals(number, agent.text(By.id("ticketNumber")));
            assertFalse(agent.text(By.tagName("body")).contains("هدد بتأخير"), "the agent sees that it exists only");
            agent.open("/officer/complaint.xhtml?number=" + number);
            assertEquals("الصفحة غير موجودة", agent.heading());
        }
    }

    @Test
    void aRefreshAfterTheReceiptFilesNothingMoreAndBackShowsAnEmptyForm() throws Exception {
        try (Browser agent = new Browser()) {
            agent.signIn("web.agent", PASSWORD);
            // a call the agent did not answer (a colleague's, or none) cannot carry the complaint: the form says so
            // and keeps what was typed
            String before = SystemUnderTest.queryString("select count(*) from complaint");
            agent.open("/agent/complaint.xhtml?call=1764150000.90");
            choose(agent, "complaint:institution", "MOI");
            choose(agent, "complaint:allegation", "BRIBE_REQUEST");
            agent.type(By.id("complaint:accusedDescription"), "موظف الأرشيف");
            agent.type(By.id("complaint:narrative"), "طلب مالاً لإخراج الملف من الأرشيف");
            agent.submit(By.id("complaint:submit"));
            assertEquals(
                    "المكالمة المذكورة ليست مكالمة أجبت عليها أنت، لذا أُزيلت من النموذج. أرسل النموذج مرة أخرى لتسجيله دون مكالمة.",
                    agent.waitForSomeText(By.id("complaint:messages")));
            assertEquals("طلب مالاً لإخراج الملف من الأرشيف", agent.value(By.id("complaint:narrative")));
            assertEquals(before, SystemUnderTest.queryString("select count(*) from complaint"));

            // the call the agent answered, on the phone that is theirs
            agent.open("/agent/complaint.xhtml?call=" + answered(CALL));
            choose(agent, "complaint:institution", "MOI");
            choose(agent, "complaint:allegation", "BRIBE_REQUEST");
            agent.type(By.id("complaint:accusedDescription"), "موظف الأرشيف");
            agent.type(By.id("complaint:narrative"), "طلب مالاً لإخراج الملف من الأرشيف");
            agent.submit(By.id("complaint:submit"));
            String number = agent.waitForSomeText(By.id("receiptNumber"));
            assertTrue(agent.text(By.id("receiptPin")).matches("[0-9]{6}"));
            String filed = SystemUnderTest.queryString("select count(*) from complaint");

            agent.refresh();
            assertEquals(
                    filed,
                    SystemUnderTest.queryString("select count(*) from complaint"),
                    "a refresh after the receipt files no second complaint");
            assertFalse(agent.isShown(By.id("receiptPin")), "nor shows a PIN again");
            assertEquals(
                    "1",
                    SystemUnderTest.queryString("select count(*) from complaint where call_linkedid = ?", CALL),
                    number);

            agent.back();
            assertEquals("", agent.value(By.id("complaint:narrative")), "Back shows the form empty");
            assertFalse(agent.isShown(By.id("receiptPin")));
            assertEquals(filed, SystemUnderTest.queryString("select count(*) from complaint"));
        }
    }

    @Test
    void anOfficerWorksTheCaseAndTheComplainantAnswersAndAddsEvidenceInTheFollowUp() throws Exception {
        JsonObject receipt = SystemUnderTest.fileComplaint(agentApi, false);
        String number = receipt.getString("number");
        try (Browser officer = new Browser();
                Browser citizen = new Browser()) {
            officer.signIn("web.officer", PASSWORD);
            officer.follow(By.linkText("English"));
            assertEquals("ltr", officer.direction());
            CaseList.open(officer, number);
            assertEquals("/officer/complaint.xhtml", officer.path());
            assertEquals(NARRATIVE, officer.text(By.id("caseNarrative")));
            assertFalse(officer.isShown(By.id("identityName")), "sealed");

            officer.type(By.id("case:unsealReason"), "needed");
            officer.submit(By.id("case:unseal"));
            assertEquals("Write at least 10 characters.", officer.text(By.id("case:unsealReasonMessage")));
            assertFalse(officer.isShown(By.id("identityName")));
            officer.type(By.id("case:unsealReason"), "Summoning the complainant to testify before the committee");
            officer.submit(By.id("case:unseal"));
            assertEquals("حسين علي", officer.text(By.id("identityName")));
            assertEquals(
                    "web.officer|Summoning the complainant to testify before the committee",
                    SystemUnderTest.queryString(
                            "select concat(actor, '|', reason) from audit_entry where action ="
                                    + " 'COMPLAINT_UNSEALED' and target_id = ? order by id desc limit 1",
                            number));

            choose(officer, "decision:target", "TRIAGE");
            officer.submit(By.id("decision:decide"));
            assertEquals("Write at least 10 characters.", officer.text(By.id("decision:reasonMessage")));
            choose(officer, "decision:target", "TRIAGE");
            officer.type(By.id("decision:reason"), "Within our remit: a bribe asked at a passport office");
            officer.submit(By.id("decision:decide"));
            assertEquals("Being sorted", officer.text(By.id("caseState")));
            assertTrue(officer.text(By.id("decisionTable")).contains("a bribe asked at a passport office"));

            officer.type(By.id("question:text"), "ما المبلغ الذي طُلب منك، ومتى بالضبط؟");
            officer.submit(By.id("question:ask"));
            assertTrue(officer.text(By.id("questions")).contains("ما المبلغ الذي طُلب منك"));
            officer.screenshot("complaint-case-en");

            citizen.open("/complaint/follow.xhtml");
            assertEquals("rtl", citizen.direction());
            citizen.type(By.id("followUp:number"), number);
            citizen.type(By.id("followUp:pin"), receipt.getString("pin"));
            citizen.submit(By.id("followUp:show"));
            assertEquals("قيد الفرز", citizen.waitForSomeText(By.id("followCase")));
            assertTrue(citizen.text(By.cssSelector(".question-text")).contains("ما المبلغ الذي طُلب منك"));
            citizen.submit(By.cssSelector("[id$='answerForm:send']"));
            assertEquals("اكتب إجابتك.", citizen.text(By.cssSelector("[id$='answerForm:textMessage']")));
            citizen.type(By.cssSelector("[id$='answerForm:text']"), "طلب مئتي ألف دينار صباح الأحد");
            citizen.submit(By.cssSelector("[id$='answerForm:send']"));
            assertEquals("طلب مئتي ألف دينار صباح الأحد", citizen.text(By.cssSelector(".turn-ANSWER .turn-text")));

            citizen.upload(
                    By.id("evidenceForm:evidence"),
                    file("receipt.png", "not an image at all".getBytes(StandardCharsets.UTF_8)));
            citizen.submit(By.id("evidenceForm:addEvidence"));
            assertEquals("تُقبل ملفات PDF و PNG و JPEG فقط.", citizen.text(By.id("evidenceForm:evidenceMessage")));
            citizen.upload(By.id("evidenceForm:evidence"), file("وصل-الدفع.png", ComplaintCaseIT.PNG));
            citizen.submit(By.id("evidenceForm:addEvidence"));
            assertTrue(citizen.text(By.id("followEvidence")).contains("وصل-الدفع.png"));
            citizen.screenshot("complaint-follow-up-ar");
            assertEquals(
                    "1",
                    SystemUnderTest.queryString(
                            "select count(*) from complaint_evidence where"
                                    + " complaint_id = ? and added_by = 'FOLLOW_UP'",
                            id(number)),
                    "the disguised text was refused");
            assertEquals(
                    "complainant",
                    SystemUnderTest.queryString(
                            "select actor from audit_entry where action =" + " 'COMPLAINT_ANSWERED' and target_id = ?",
                            number));

            officer.open("/officer/complaint.xhtml?number=" + number);
            assertTrue(officer.text(By.id("questions")).contains("طلب مئتي ألف دينار صباح الأحد"));
            assertTrue(officer.text(By.id("evidence")).contains("وصل-الدفع.png"));
            assertFalse(officer.isShown(By.id("identityName")), "sealed again on the next visit");
        }
    }

    @Test
    void theOfficersPagesAreMissingPagesForEveryoneElseAndRecusalHoldsOnThemToo() throws Exception {
        String number = SystemUnderTest.fileComplaint(agentApi, true).getString("number");
        String[][] others = {
            {"web.agent", PASSWORD}, {"web.supervisor", PASSWORD}, {"admin", SystemUnderTest.ADMIN_PASSWORD}
        };
        for (String[] who : others) {
            try (Browser browser = new Browser()) {
                browser.signIn(who[0], who[1]);
                for (String page : new String[] {
                    "/officer/index.xhtml", "/officer/complaint.xhtml?number=" + number, "/officer/hotspots.xhtml"
                }) {
                    HttpResponse<String> asked =
                            SystemUnderTest.get(SystemUnderTest.BASE_URL + page, browser.cookieHeader());
                    assertEquals(404, asked.statusCode(), who[0] + " " + page);
                    assertFalse(asked.body().contains(NARRATIVE), who[0] + " " + page);
                }
            }
        }
        try (Browser recused = new Browser()) {
            recused.signIn("web.moi.officer", PASSWORD);
            recused.open("/officer/index.xhtml");
            List<String> listed = CaseList.toTheLastPage(recused);
            assertFalse(listed.contains(number), "not in the MOI officer's list, on any page: " + listed);
            recused.open("/officer/complaint.xhtml?number=" + number);
            String page = recused.text(By.tagName("body"));
            assertTrue(page.contains("لا توجد شكوى بهذا الرقم."), "as if there were no such complaint: " + page);
            assertFalse(recused.isShown(By.id("caseNarrative")));
            String missing =
                    org.hotline.ticket.TicketNumber.forSequence(800_000).digits();
            recused.open("/officer/complaint.xhtml?number=" + missing);
            assertEquals(
                    recused.text(By.tagName("body")).replace(missing, "#"),
                    page.replace(number, "#"),
                    "the recused page is the missing page");
        }
        try (Browser officer = new Browser()) {
            officer.signIn("web.officer", PASSWORD);
            officer.open("/officer/index.xhtml");
            CaseList.open(officer, number);
            assertEquals("rtl", officer.direction());
            assertEquals("وزارة الداخلية", officer.text(By.id("caseInstitution")));
            assertEquals("مجهولة: لم يذكر صاحب الشكوى هويته.", officer.text(By.id("anonymousNote")));
            officer.screenshot("complaint-case-ar");
            officer.open("/officer/index.xhtml");
            officer.follow(By.id("filters:hotspotsLink"));
            assertEquals("/officer/hotspots.xhtml", officer.path());
            officer.screenshot("complaint-hotspots-ar");
            String offices = officer.text(By.id("offices"));
            assertTrue(offices.contains("وزارة الداخلية") && offices.contains("مكتب الجوازات - الكرادة"), offices);
            assertTrue(officer.isShown(By.id("period:csv")));
            // the date picker keeps its own text while typing; set the fields as a picked date would
            officer.script("document.getElementById('period:from_input').value = '2026-12-01';"
                    + "document.getElementById('period:to_input').value = '2026-11-01'");
            officer.submit(By.id("period:show"));
            assertEquals("يجب ألا تنتهي المدة قبل بدايتها.", officer.text(By.id("period:toMessage")));
        }
    }
}
