package org.hotline.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.hotline.attachment.SampleFiles;
import org.hotline.common.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The conversation between an officer and the complainant, in a real Chromium: the officer asks with a form attached
 * (in Arabic), the complainant (in Kurdish) downloads the form, answers with a photo and writes a message of their own
 * with the filled form, a refresh sending nothing twice; the officer reads the turns in order and downloads the
 * complainant's file. Nobody else reads it: not another complainant's receipt, not an agent, not an officer of the
 * accused institution; a file disguised as a PDF is refused. And the officers' own fixes: a note of invisible
 * characters or past the limit (counted as a person sees characters) is refused, never cut; a yes-or-no filter that
 * is neither is a 400; an officer made a member of the accused institution gives up their open cases about it.
 */
class ComplaintConversationIT {

    private static final String PASSWORD = "a conversation passphrase 5599";
    private static final String QUESTION = "شنو صار بالضبط يوم راجعت الدائرة؟ املي الاستمارة المرفقة ودزها ويا الجواب";
    private static final String ANSWER = "والله راجعت يوم الأحد الصبح، الموظف كال ماكو معاملة بلا فلوس، هذي صورة الوصل";
    private static final String MESSAGE = "نسيت أكلكم: الموظف نفسه رجع اتصل بيّه البارحة وهددني. هاي الاستمارة مملوءة";
    private static final byte[] FORM = SampleFiles.pdf("Statement form: write what happened, sign, send back");
    private static final byte[] FILLED_FORM = SampleFiles.pdf("Statement form, filled in by the complainant");
    private static final byte[] PHOTO = SampleFiles.png(32, 24);
    /** A page of HTML with a script, named and declared as a PDF: read by its content, it is no PDF. */
    private static final byte[] HTML_AS_PDF = ("%PDF-1.7\n<html><body><script>fetch('/api/v1/complaints')</script>"
                    + "</body></html>\n")
            .getBytes(StandardCharsets.US_ASCII);

    private static Api agentApi;
    private static Api officerApi;

    @BeforeAll
    static void people() throws Exception {
        SystemUnderTest.ensureUser("talk.agent", "Talk Agent", PASSWORD, Role.AGENT);
        SystemUnderTest.ensureUser("talk.officer", "Talk Officer", PASSWORD, Role.OFFICER);
        SystemUnderTest.ensureUser("talk.moi", "Talk MOI Officer", PASSWORD, Role.OFFICER);
        SystemUnderTest.execute("update user_account set institution_code = 'MOI' where username = ?", "talk.moi");
        SystemUnderTest.ensureUser("talk.moving", "Talk Moving Officer", PASSWORD, Role.OFFICER);
        agentApi = Api.as("talk.agent", PASSWORD);
        officerApi = Api.as("talk.officer", PASSWORD);
    }

    private static String id(String number) {
        return String.valueOf(Long.parseLong(number.substring(0, number.length() - 1)) - 100_000);
    }

    private static Path file(String name, byte[] content) throws Exception {
        return Files.write(Files.createTempDirectory("conversation").resolve(name), content);
    }

    /** The bytes at a link of the page, fetched with the page's own session, as the browser's download would. */
    private static HttpResponse<byte[]> download(Browser browser, String cssLink) throws Exception {
        String address = (String) browser.script("return document.querySelector(arguments[0]).href", cssLink);
        return fetch(address, browser.cookieHeader());
    }

    private static HttpResponse<byte[]> fetch(String address, String cookies) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(address)).timeout(Duration.ofSeconds(30));
        if (cookies != null && !cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        return HttpClient.newHttpClient().send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void follow(Browser citizen, String language, JsonObject receipt) {
        citizen.open("/language?to=" + language + "&back=/complaint/follow.xhtml");
        citizen.type(By.id("followUp:number"), receipt.getString("number"));
        citizen.type(By.id("followUp:pin"), receipt.getString("pin"));
        citizen.submit(By.id("followUp:show"));
        citizen.waitForSomeText(By.id("followCase"));
    }

    /** The page as it is now (a conversation shown, its forms open) has no serious or critical axe-core violation. */
    private static void assertNoSeriousViolation(Browser browser) throws Exception {
        List<String> problems = Axe.run(browser).stream()
                .filter(v -> v.impact().equals("critical") || v.impact().equals("serious"))
                .map(Axe.Violation::toString)
                .toList();
        assertEquals(List.of(), problems);
    }

    private static String count(String sql, String complaintId) throws Exception {
        return SystemUnderTest.queryString(sql, complaintId);
    }

    @Test
    void threeTurnsWithFilesBothWaysReadInOrderAndARefreshSendsNothingTwice() throws Exception {
        JsonObject receipt = SystemUnderTest.fileComplaint(agentApi, false);
        String number = receipt.getString("number");
        String complaint = id(number);
        try (Browser officer = new Browser();
                Browser citizen = new Browser()) {
            officer.signIn("talk.officer", PASSWORD);
            officer.open("/officer/complaint.xhtml?number=" + number);
            assertEquals("لا توجد أسئلة ولا رسائل بعد.", officer.text(By.cssSelector("#questions .empty")));
            officer.type(By.id("question:text"), QUESTION);
            officer.upload(By.id("question:files"), file("استمارة-الإفادة.pdf", FORM));
            officer.submit(By.id("question:ask"));
            officer.waitForText(By.id("thread"), QUESTION);
            assertTrue(officer.text(By.id("thread")).contains("استمارة-الإفادة.pdf"));
            officer.refresh(); // the browser sends the question's form again
            assertEquals(
                    "1",
                    count("select count(*) from complaint_question where complaint_id = ?", complaint),
                    "a refresh asks nothing twice");
            assertEquals(
                    "1",
                    count(
                            "select count(*) from complaint_evidence where complaint_id = ?"
                                    + " and added_by = 'OFFICER'",
                            complaint));

            follow(citizen, "ku", receipt);
            assertEquals("rtl", citizen.direction());
            String thread = citizen.text(By.id("thread"));
            assertTrue(thread.contains(QUESTION), thread);
            assertTrue(thread.contains("پرسیارێک لە فەرمانبەری بەرپرسەوە"), "the officer, by role: " + thread);
            assertFalse(citizen.text(By.tagName("body")).contains("talk.officer"), "never the officer's name");
            HttpResponse<byte[]> form = download(citizen, "#thread a.thread-file");
            assertEquals(200, form.statusCode());
            assertArrayEquals(FORM, form.body(), "the complainant downloads the officer's form");
            assertTrue(
                    form.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));

            citizen.type(By.cssSelector("[id$='answerForm:text']"), ANSWER);
            citizen.upload(By.cssSelector("[id$='answerForm:files']"), file("صورة-الوصل.png", PHOTO));
            citizen.submit(By.cssSelector("[id$='answerForm:send']"));
            citizen.waitForText(By.id("thread"), ANSWER);
            citizen.refresh();
            assertEquals(
                    ANSWER,
                    SystemUnderTest.queryString(
                            "select answer from complaint_question" + " where complaint_id = ?", complaint));
            assertEquals(
                    "1",
                    count(
                            "select count(*) from complaint_evidence where complaint_id = ?"
                                    + " and added_by = 'FOLLOW_UP' and question_id is not null",
                            complaint));

            citizen.type(By.id("messageForm:text"), MESSAGE);
            citizen.upload(By.id("messageForm:files"), file("الاستمارة.pdf", HTML_AS_PDF));
            citizen.submit(By.id("messageForm:send"));
            String refused = citizen.waitForSomeText(By.id("messageForm:filesMessage"));
            assertTrue(
                    List.of(
                                    "تەنها فایلی PDF و PNG و JPEG وەردەگیرێن.",
                                    "فایلەکە PDF یان PNG یان JPEG ی تەواو و"
                                            + " دروست نییە (یان لەو جۆرە نییە کە پێی نێردراوە).")
                            .contains(refused),
                    refused);
            assertEquals(
                    "0",
                    count("select count(*) from complaint_message where complaint_id = ?", complaint),
                    "nothing of a message whose file is refused");
            citizen.type(By.id("messageForm:text"), MESSAGE);
            citizen.upload(By.id("messageForm:files"), file("استمارة-مملوءة.pdf", FILLED_FORM));
            citizen.submit(By.id("messageForm:send"));
            citizen.waitForText(By.id("thread"), MESSAGE);
            citizen.refresh();
            citizen.refresh();
            assertEquals(
                    "1",
                    count("select count(*) from complaint_message where complaint_id = ?", complaint),
                    "refreshes send the message once");
            citizen.open("/complaint/follow.xhtml"); // the same case again, from this visit's grant
            assertEquals(3, citizen.elements(By.cssSelector("#thread li.turn")).size());
            citizen.script("document.getElementById('thread').scrollIntoView()");
            citizen.screenshot("complaint-conversation-ku");
            assertNoSeriousViolation(citizen);
            assertEquals(
                    "2",
                    count(
                            "select count(*) from complaint_evidence where complaint_id = ?"
                                    + " and added_by = 'FOLLOW_UP'",
                            complaint));

            officer.open("/officer/complaint.xhtml?number=" + number);
            assertEquals(
                    List.of(QUESTION, ANSWER, MESSAGE),
                    officer.elements(By.cssSelector("#thread li.turn .turn-text")),
                    "the turns in time order");
            String turns = officer.text(By.id("thread"));
            assertTrue(
                    turns.contains("talk.officer")
                            && turns.contains("أجاب صاحب الشكوى")
                            && turns.contains("كتب صاحب الشكوى"),
                    turns);
            officer.script("document.getElementById('questions').scrollIntoView()");
            officer.screenshot("complaint-conversation-ar");
            assertNoSeriousViolation(officer);
            HttpResponse<byte[]> photo = download(officer, "#thread li.turn-ANSWER a.thread-file");
            assertEquals(200, photo.statusCode());
            assertArrayEquals(PHOTO, photo.body(), "the officer downloads the complainant's photo");
        }
        assertNotEquals(
                "0",
                SystemUnderTest.queryString(
                        "select count(*) from audit_entry where action ="
                                + " 'COMPLAINT_VIEWED' and target_id = ? and actor = 'talk.officer'",
                        number),
                "each officer reading of the case and its conversation is audited");
        assertNotEquals(
                "0",
                SystemUnderTest.queryString(
                        "select count(*) from audit_entry where action ="
                                + " 'COMPLAINT_EVIDENCE_READ' and target_id = ? and actor = 'talk.officer'",
                        number));
        assertEquals(
                "complainant",
                SystemUnderTest.queryString(
                        "select actor from audit_entry where action ="
                                + " 'COMPLAINT_FILE_DOWNLOADED' and target_id = ?",
                        number));

        Api.Answer read = officerApi.get("/api/v1/complaints/" + number + "/conversation");
        assertEquals(200, read.status(), read.text());
        assertEquals(
                List.of("QUESTION", "ANSWER", "MESSAGE"),
                read.json().asJsonArray().stream()
                        .map(turn -> turn.asJsonObject().getString("kind"))
                        .toList());
        assertEquals(
                "talk.officer",
                SystemUnderTest.queryString(
                        "select actor from audit_entry where action ="
                                + " 'COMPLAINT_CONVERSATION_READ' and target_id = ? order by id desc limit 1",
                        number));
        Api.Answer followed = Api.anonymous()
                .post(
                        "/api/v1/public/follow-up",
                        "{\"number\":\"" + number + "\",\"pin\":\"" + receipt.getString("pin") + "\"}");
        assertEquals(200, followed.status(), followed.text());
        assertFalse(followed.text().contains("talk.officer"), "the complainant's copy names no officer");
        assertEquals(3, followed.object().getJsonArray("thread").size());
    }

    @Test
    void nobodyElseReadsTheConversationNorItsFiles() throws Exception {
        JsonObject receipt = SystemUnderTest.fileComplaint(agentApi, true);
        String number = receipt.getString("number");
        Api.Answer asked = officerApi.post(
                "/api/v1/complaints/" + number + "/questions",
                "{\"question\":\"" + QUESTION + "\",\"daysToAnswer\":7}");
        assertEquals(201, asked.status(), asked.text());
        long question = asked.object().getJsonNumber("id").longValue();
        Api.Answer attached = officerApi.postBytes(
                "/api/v1/complaints/" + number + "/questions/" + question + "/files?name=form.pdf",
                "application/pdf",
                FORM);
        assertEquals(201, attached.status(), attached.text());
        long form = attached.object()
                .getJsonArray("files")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        Api.Answer disguised = officerApi.postBytes(
                "/api/v1/complaints/" + number + "/questions/" + question + "/files?name=form.pdf",
                "application/pdf",
                HTML_AS_PDF);
        assertEquals(415, disguised.status(), disguised.text());
        assertTrue(disguised.contentType().startsWith("application/problem+json"));

        JsonObject stranger = SystemUnderTest.fileComplaint(agentApi, true);
        try (Browser other = new Browser()) {
            follow(other, "ar", stranger);
            assertFalse(other.text(By.tagName("body")).contains(QUESTION), "another receipt, another case");
            HttpResponse<byte[]> taken =
                    fetch(SystemUnderTest.BASE_URL + "/complaint/follow-up-file?id=" + form, other.cookieHeader());
            assertEquals(404, taken.statusCode(), "another case's file is missing to this receipt");
        }
        assertEquals(
                404,
                fetch(SystemUnderTest.BASE_URL + "/complaint/follow-up-file?id=" + form, null)
                        .statusCode(),
                "without a receipt");
        Api anyone = Api.anonymous();
        String strangerReceipt =
                "\"number\":\"" + stranger.getString("number") + "\",\"pin\":\"" + stranger.getString("pin") + "\"";
        Api.Answer crossed = anyone.post("/api/v1/public/follow-up/files/" + form, "{" + strangerReceipt + "}");
        assertEquals(404, crossed.status(), crossed.text());
        Api.Answer answeredForOther = anyone.post(
                "/api/v1/public/follow-up/messages",
                "{" + strangerReceipt + ",\"text\":\"جواب على سؤال قضية ثانية\",\"questionId\":" + question + "}");
        assertEquals(404, answeredForOther.status(), answeredForOther.text());
        assertNull(SystemUnderTest.queryString(
                "select answer from complaint_question where id = ?", String.valueOf(question)));
        Api.Answer wrongPin = anyone.post(
                "/api/v1/public/follow-up/files/" + form, "{\"number\":\"" + number + "\",\"pin\":\"000000\"}");
        assertEquals(403, wrongPin.status(), wrongPin.text());
        Api.Answer invisible = anyone.post(
                "/api/v1/public/follow-up/messages",
                "{\"number\":\"" + number + "\",\"pin\":\"" + receipt.getString("pin")
                        + "\",\"text\":\"\u200B\u200F\u2060\"}");
        assertEquals(400, invisible.status(), invisible.text());
        Api.Answer written = anyone.post(
                "/api/v1/public/follow-up/messages",
                "{\"number\":\"" + number + "\",\"pin\":\"" + receipt.getString("pin") + "\",\"text\":\"" + MESSAGE
                        + "\"}");
        assertEquals(201, written.status(), written.text());

        for (Api who : List.of(agentApi, Api.as("talk.moi", PASSWORD))) {
            Api.Answer refused = who.get("/api/v1/complaints/" + number + "/conversation");
            assertTrue(refused.status() == 403 || refused.status() == 404, refused.status() + " " + refused.text());
            assertFalse(refused.text().contains(QUESTION) || refused.text().contains(MESSAGE));
            HttpResponse<byte[]> file = who.download("/api/v1/complaints/" + number + "/evidence/" + form);
            assertTrue(file.statusCode() == 403 || file.statusCode() == 404, String.valueOf(file.statusCode()));
        }
        assertEquals(
                "COMPLAINT_RECUSED",
                SystemUnderTest.queryString(
                        "select action from audit_entry where actor ="
                                + " 'talk.moi' and target_id = ? order by id desc limit 1",
                        number));
    }

    @Test
    void aNoteOfInvisibleCharactersOrPastTheLimitIsRefusedNeverCut() throws Exception {
        String number = SystemUnderTest.fileComplaint(agentApi, true).getString("number");
        String complaint = id(number);
        try (Browser officer = new Browser()) {
            officer.signIn("talk.officer", PASSWORD);
            officer.follow(By.linkText("English"));
            officer.open("/officer/complaint.xhtml?number=" + number);
            officer.script("document.getElementById('note:body').value = '\\u200B\\u200C\\u200D\\u2060\\uFEFF"
                    + "\\u200E\\u200F\\u202B\\u2067'");
            officer.submit(By.id("note:add"));
            assertEquals("Write the note.", officer.text(By.id("note:bodyMessage")));

            // typed past the limit, the box keeps what is typed and the desk says so: nothing is cut off silently
            officer.script("document.getElementById('note:body').value = 'ب'.repeat(3995)");
            officer.press(By.id("note:body"), "جججججججججج");
            assertEquals(
                    4005,
                    ((Number) officer.script(
                                    "return Array.from(document.getElementById('note:body')" + ".value).length"))
                            .intValue());
            officer.submit(By.id("note:add"));
            assertEquals(
                    "The text is longer than 4,000 characters: shorten it.", officer.text(By.id("note:bodyMessage")));
            assertEquals("0", count("select count(*) from complaint_note where complaint_id = ?", complaint));

            // 4000 characters as a person counts them, ten of them outside the BMP (two UTF-16 units each)
            officer.script("document.getElementById('note:body').value = 'ب'.repeat(3990) + '\uD835\uDFD8'.repeat(10)");
            officer.submit(By.id("note:add"));
            officer.waitForText(By.id("notes"), "\uD835\uDFD8");
            assertEquals(
                    "4000", count("select char_length(body) from complaint_note where complaint_id = ?", complaint));
            officer.refresh(); // the browser sends the note's form again
            assertEquals(
                    "1",
                    count("select count(*) from complaint_note where complaint_id = ?", complaint),
                    "a refresh adds the note once");

            // PrimeFaces draws its own list over a hidden native select, which is what the form posts
            officer.script("document.getElementById('decision:target_input').value = 'TRIAGE'");
            officer.type(By.id("decision:reason"), "Within our remit: a bribe asked at the counter");
            officer.submit(By.id("decision:decide"));
            assertEquals("Being sorted", officer.text(By.id("caseState")));
            officer.refresh();
            assertEquals(
                    "1",
                    count("select count(*) from complaint_decision where complaint_id = ?", complaint),
                    "a refresh decides once");
        }
        Api.Answer invisible =
                officerApi.post("/api/v1/complaints/" + number + "/notes", "{\"text\":\"\u200B \u200D\uFEFF\u200F\"}");
        assertEquals(400, invisible.status(), invisible.text());
        assertEquals(
                "text",
                invisible.object().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Answer blank = officerApi.post(
                "/api/v1/complaints/" + number + "/notes",
                "{\"text\":\"\u3164\u115F\u2800\u2800\"}"); // Hangul fillers and blank Braille: drawn as nothing
        assertEquals(400, blank.status(), blank.text());
        Api.Answer shortQuestion = officerApi.post(
                "/api/v1/complaints/" + number + "/questions",
                "{\"question\":\"ب" + "\u200B".repeat(12) + "\",\"daysToAnswer\":5}");
        assertEquals(
                400,
                shortQuestion.status(),
                "one letter and twelve invisible ones is not ten characters: " + shortQuestion.text());
        Api.Answer tooLong = officerApi.post(
                "/api/v1/complaints/" + number + "/notes", "{\"text\":\"" + "ب".repeat(4000) + "\uD835\uDFD8\"}");
        assertEquals(400, tooLong.status(), tooLong.text());
        assertEquals(
                "text", tooLong.object().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Answer fits = officerApi.post(
                "/api/v1/complaints/" + number + "/notes", "{\"text\":\"" + "ب".repeat(3999) + "\uD835\uDFD8\"}");
        assertEquals(200, fits.status(), "4000 characters, 4001 UTF-16 units: " + fits.text());
        assertEquals("2", count("select count(*) from complaint_note where complaint_id = ?", complaint));

        for (String parameter : List.of("overdue", "mine")) {
            Api.Answer bad = officerApi.get("/api/v1/complaints?" + parameter + "=abc");
            assertEquals(400, bad.status(), bad.text());
            assertTrue(bad.contentType().startsWith("application/problem+json"), bad.contentType());
            assertEquals(
                    parameter,
                    bad.object().getJsonArray("errors").getJsonObject(0).getString("field"));
            assertEquals(
                    200,
                    officerApi
                            .get("/api/v1/complaints?" + parameter + "=TRUE&size=1")
                            .status());
        }
    }

    @Test
    void anOfficerMadeAMemberOfTheAccusedInstitutionGivesUpTheirOpenCasesAboutIt() throws Exception {
        String aboutInterior = SystemUnderTest.fileComplaint(agentApi, true).getString("number");
        Api.Answer health = agentApi.post(
                "/api/v1/complaints",
                "{\"institutionCode\":\"MOH\",\"office\":\"مستشفى"
                        + " الكندي\",\"accusedDescription\":\"موظف الاستعلامات\",\"allegation\":\"REFUSAL_TO_SERVE\","
                        + "\"narrative\":\"ما رضى يستلم الطلب وكال تعال باچر\",\"anonymous\":true}");
        assertEquals(201, health.status(), health.text());
        String aboutHealth = health.object().getString("number");
        for (String number : List.of(aboutInterior, aboutHealth)) {
            assertEquals(
                    200,
                    officerApi
                            .put("/api/v1/complaints/" + number + "/assignee", "{\"officer\":\"talk.moving\"}")
                            .status());
        }
        try (Browser admin = new Browser()) {
            admin.signIn("admin", SystemUnderTest.ADMIN_PASSWORD);
            admin.open("/admin/users.xhtml");
            admin.click(By.xpath("//tr[.//span[@class='username' and text()='talk.moving']]//button[contains(@id,"
                    + "':editRoles')]"));
            admin.waitForText(By.id("rolesForm"), "talk.moving");
            // PrimeFaces draws its own list over a hidden native select, which is what the form posts
            admin.script("document.getElementById('rolesForm:editedInstitution_input').value = 'MOI'");
            admin.click(By.id("rolesForm:save"));
            admin.waitForText(By.id("messages"), "talk.moving");
        }
        assertNull(
                SystemUnderTest.queryString(
                        "select assigned_officer from complaint where ticket_id = ?", id(aboutInterior)),
                "given up: the officer now belongs to the accused institution");
        assertEquals(
                "talk.moving",
                SystemUnderTest.queryString(
                        "select assigned_officer from complaint" + " where ticket_id = ?", id(aboutHealth)),
                "a case about another institution stays theirs");
        assertEquals(
                "admin|from talk.moving: they now belong to the accused institution MOI",
                SystemUnderTest.queryString(
                        "select concat(actor, '|', detail) from audit_entry where action ="
                                + " 'COMPLAINT_UNASSIGNED' and target_id = ?",
                        aboutInterior));
        assertEquals(
                404,
                Api.as("talk.moving", PASSWORD)
                        .get("/api/v1/complaints/" + aboutInterior)
                        .status());
        Api.Answer unassigned = officerApi.get("/api/v1/complaints/" + aboutInterior);
        assertFalse(
                unassigned.object().containsKey("assignedOfficer")
                        && !unassigned.object().isNull("assignedOfficer"),
                "the bench sees it unassigned");
    }
}
