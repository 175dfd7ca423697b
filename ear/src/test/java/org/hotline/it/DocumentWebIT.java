package org.hotline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.hotline.common.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Secure documents' pages in a real headless Chromium: a citizen checks a document on the public page, by number and
 * code in Arabic (right to left) and by a photo of its QR code in English (left to right), and never sees its
 * holder; an agent checks one inside a ticket and goes from a refused genuine document to a complaint about staff,
 * filled in with its institution and number.
 */
class DocumentWebIT {

    private static final String PASSWORD = "a long test passphrase 5599";
    private static final String HOLDER = "حيدر عبد الأمير";
    private static final String RUN = Long.toString(System.nanoTime(), 36).toUpperCase();
    private static final String NUMBER = "NDC/" + RUN + "/77";
    private static Api admin;
    private static String shortCode;
    private static Path qr;

    @BeforeAll
    static void aRegisteredDocument() throws Exception {
        SystemUnderTest.ensureUser("docweb.agent", "Document Web Agent", PASSWORD, Role.AGENT);
        admin = Api.as("admin", SystemUnderTest.ADMIN_PASSWORD);
        Api.Answer key = admin.post("/api/v1/document-keys", "{\"institutionCode\":\"NDC\"}");
        assertTrue(key.status() == 201 || key.status() == 409, key.text()); // 409: another test made it
        String sha = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(NUMBER.getBytes(StandardCharsets.UTF_8)));
        Api.Answer registered = admin.post(
                "/api/v1/documents",
                "{\"number\":\"" + NUMBER + "\",\"institutionCode\":"
                        + "\"NDC\",\"type\":\"OFFICIAL_LETTER\",\"issueDate\":\"2026-10-12\",\"subject\":\"تأييد صحة صدور\","
                        + "\"holderName\":\"" + HOLDER + "\",\"contentSha256\":\"" + sha + "\"}");
        assertEquals(201, registered.status(), registered.text());
        shortCode = admin.get("/api/v1/documents/payload/" + NUMBER).object().getString("shortCode");
        qr = Files.createTempDirectory("qr").resolve("qr.png");
        Files.write(qr, admin.download("/api/v1/documents/qr/" + NUMBER).body());
    }

    @Test
    void aCitizenChecksADocumentByNumberInArabicAndByItsQrInEnglishAndNeverSeesTheHolder() throws Exception {
        try (Browser citizen = new Browser()) {
            citizen.open("/login.xhtml");
            citizen.follow(By.id("verifyDocument"));
            assertEquals("/document/verify.xhtml", citizen.path());
            assertEquals("rtl", citizen.direction());
            citizen.submit(By.id("byNumber:check"));
            assertEquals("اكتب رقم الوثيقة.", citizen.text(By.id("byNumber:numberMessage")));
            assertEquals("اكتب الرمز القصير المطبوع تحت رمز QR.", citizen.text(By.id("byNumber:codeMessage")));

            citizen.type(By.id("byNumber:number"), NUMBER);
            citizen.type(By.id("byNumber:code"), shortCode.toLowerCase());
            citizen.submit(By.id("byNumber:check"));
            assertEquals(
                    "صحيحة وسارية: أصدرت هذه الوثيقةَ الجهةُ المذكورة أدناه.",
                    citizen.text(By.cssSelector(".verification-outcome")));
            String shown = citizen.text(By.id("result"));
            assertTrue(shown.contains("كتاب رسمي") && shown.contains("2026-10-12"), shown);
            assertFalse(citizen.text(By.tagName("body")).contains(HOLDER), "never the holder");
            citizen.screenshot("document-verify-ar");

            citizen.type(By.id("byNumber:number"), NUMBER);
            citizen.type(By.id("byNumber:code"), "ZZZZ-ZZZZ");
            citizen.submit(By.id("byNumber:check"));
            assertTrue(citizen.text(By.cssSelector(".verification-outcome")).startsWith("غير موجودة"));

            citizen.follow(By.linkText("English"));
            assertEquals("ltr", citizen.direction());
            citizen.upload(By.id("byImage:image"), qr);
            citizen.submit(By.id("byImage:check"));
            assertEquals(
                    "Genuine and valid: this document was issued by the institution below.",
                    citizen.text(By.cssSelector(".verification-outcome")));
            assertFalse(citizen.text(By.tagName("body")).contains(HOLDER));
            citizen.screenshot("document-verify-en");
        }
    }

    @Test
    void anAgentChecksADocumentInTheTicketAndTurnsARefusalIntoAComplaint() throws Exception {
        String ticket = Api.as("docweb.agent", PASSWORD)
                .post(
                        "/api/v1/tickets",
                        "{\"type\":\"DOCUMENT_ISSUE\","
                                + "\"channel\":\"PHONE\",\"subject\":\"دائرة رفضت كتابًا مؤمنًا\"}")
                .object()
                .getString("number");
        try (Browser agent = new Browser()) {
            agent.signIn("docweb.agent", PASSWORD);
            agent.open("/desk/ticket.xhtml?number=" + ticket);
            Path notAnImage = Files.createTempDirectory("qr").resolve("qr.png");
            Files.writeString(notAnImage, "not an image");
            agent.upload(By.id("documents:image"), notAnImage);
            agent.submit(By.id("documents:checkImage"));
            assertEquals("تُقبل ملفات PDF و PNG و JPEG فقط.", agent.text(By.id("documents:imageMessage")));

            agent.type(By.id("documents:documentNumber"), NUMBER);
            agent.submit(By.id("documents:checkNumber"));
            assertTrue(agent.text(By.cssSelector(".document-check")).contains("صحيحة وسارية"));
            assertTrue(agent.text(By.cssSelector(".document-check")).contains("docweb.agent"));
            assertEquals(
                    "1",
                    SystemUnderTest.queryString(
                            "select count(*) from ticket_document_check c join ticket t"
                                    + " on t.id = c.ticket_id where c.document_number = ?",
                            NUMBER));
            agent.screenshot("document-check-ticket-ar");

            agent.follow(By.cssSelector("a.complaint-from-document"));
            assertEquals("/agent/complaint.xhtml", agent.path());
            assertEquals(NUMBER, agent.script("return document.getElementById('complaint:secureDocument').value"));
            assertEquals("NDC", agent.script("return document.getElementById('complaint:institution_input').value"));
            assertEquals(
                    "REFUSED_ELECTRONIC_DOCUMENT",
                    agent.script("return document.getElementById('complaint:allegation_input').value"));
        }
    }

    @Test
    void anAdministratorAddsAndRotatesAKeyAndImportsAFileOnThePage() throws Exception {
        Path inbox = Path.of(System.getProperty("hotline.document.inbox"));
        Files.createDirectories(inbox);
        String file = "gct-" + RUN + ".csv";
        Files.writeString(
                inbox.resolve(file),
                "document_number,institution_code,document_type,issue_date,subject,"
                        + "holder_name,content_sha256\nGCT-" + RUN + "-1,GCT,CONFIRMATION,2026-04-04,تأييد,سجاد علي,"
                        + "a".repeat(64) + "\nGCT-" + RUN + "-2,GCT,NOPE,2026-04-04,تأييد,سجاد علي," + "b".repeat(64)
                        + "\n",
                StandardCharsets.UTF_8);
        try (Browser browser = new Browser()) {
            browser.signIn("admin", SystemUnderTest.ADMIN_PASSWORD);
            browser.follow(By.linkText("الوثائق المؤمنة"));
            assertEquals("/admin/documents.xhtml", browser.path());
            browser.submit(By.id("keyForm:add"));
            assertEquals("اختر الجهة.", browser.text(By.id("keyForm:institutionMessage")));
            browser.script("document.getElementById('keyForm:institution_input').value = 'GCT'");
            browser.submit(By.id("keyForm:add"));
            assertTrue(browser.text(By.id("messages")).startsWith("أُضيف المفتاح"), browser.text(By.id("messages")));
            browser.script("document.getElementById('keyForm:institution_input').value = 'GCT'");
            browser.submit(By.id("keyForm:rotate"));
            assertTrue(browser.text(By.id("keys")).contains("تقاعد"), "the old key retired");
            assertEquals(
                    "admin",
                    SystemUnderTest.queryString("select actor from audit_entry where action ="
                            + " 'DOCUMENT_KEY_ROTATED' order by id desc limit 1"));

            browser.type(By.id("importForm:file"), file);
            browser.submit(By.id("importForm:start"));
            SystemUnderTest.eventually(java.time.Duration.ofSeconds(60), "the import ends", () -> {
                CaseList.clickAndWait(browser, By.id("importStatus:refresh")); // the state as the refresh drew it
                return "DONE".equals(browser.text(By.id("importState")));
            });
            assertEquals("2", browser.text(By.id("importLines")));
            browser.screenshot("documents-admin-ar");
        }
    }
}
