package org.hotline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import org.hotline.common.Role;
import org.hotline.document.DocumentSignatures;
import org.hotline.document.QrCodes;
import org.hotline.document.SecurePayload;
import org.hotline.document.ShortCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Secure documents on the real server: every verification outcome through the public endpoint (by payload, by QR
 * image, by number and short code) and the agent's check kept on a ticket; the holder never shown; keys added,
 * rotated and revoked, audited; imports with bad rows reported by line; an import cancelled and restarted ends with
 * the file's count, once; the public limit per address.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DocumentIT {

    private static final String PASSWORD = "a long test passphrase 5599";
    private static final String HOLDER = "زينب كاظم جواد";
    private static final Path INBOX = Path.of(System.getProperty("hotline.document.inbox"));
    private static final String RUN = Long.toString(System.nanoTime(), 36).toUpperCase();
    private static Api admin;
    private static Api agent;
    /** A key of the Ministry of Justice whose private half only this test holds, to sign what it likes. */
    private static KeyPair justice;

    private static String justiceKeyId;

    @BeforeAll
    static void setUp() throws Exception {
        SystemUnderTest.ensureUser("doc.agent", "Document Agent", PASSWORD, Role.AGENT);
        admin = Api.as("admin", SystemUnderTest.ADMIN_PASSWORD);
        agent = Api.as("doc.agent", PASSWORD);
        Api.Answer generated = admin.post("/api/v1/document-keys", "{\"institutionCode\":\"MOHESR\"}");
        assertEquals(201, generated.status(), generated.text());
        assertTrue(generated.object().getBoolean("signs"));
        justice = DocumentSignatures.generate();
        Api.Answer own = admin.post(
                "/api/v1/document-keys",
                "{\"institutionCode\":\"MOJ\",\"publicKey\":\""
                        + Base64.getEncoder().encodeToString(justice.getPublic().getEncoded()) + "\"}");
        assertEquals(201, own.status(), own.text());
        assertFalse(own.object().getBoolean("signs"), "the registry holds no private half of it");
        justiceKeyId = own.object().getString("keyId");
    }

    private static String sha256(String content) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
    }

    private static void register(String number, String institution, String content) throws Exception {
        Api.Answer registered = admin.post(
                "/api/v1/documents",
                "{\"number\":\"" + number + "\",\"institutionCode\":\""
                        + institution
                        + "\",\"type\":\"CERTIFICATE\",\"issueDate\":\"2026-09-01\",\"subject\":\"شهادة تخرج"
                        + "\",\"holderName\":\"" + HOLDER + "\",\"contentSha256\":\"" + sha256(content) + "\"}");
        assertEquals(201, registered.status(), registered.text());
    }

    private static JsonObject publicly(Api.Answer answer) {
        assertEquals(200, answer.status(), answer.text());
        assertFalse(
                answer.text().contains(HOLDER) || answer.text().toLowerCase().contains("holder"), answer.text());
        return answer.object();
    }

    private static Api.Answer postText(String path, String text) throws Exception {
        return Api.anonymous().postBytes(path, "text/plain; charset=UTF-8", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @Order(1)
    void everyOutcomeReachesThePublicAndTheHolderNever() throws Exception {
        String valid = "MOHESR/" + RUN + "/1";
        String revoked = "MOHESR/" + RUN + "/2";
        String replaced = "MOHESR/" + RUN + "/3";
        register(valid, "MOHESR", "شهادة 1");
        register(revoked, "MOHESR", "شهادة 2");
        register(replaced, "MOHESR", "شهادة 3");
        assertEquals(
                200,
                admin.put(
                                "/api/v1/documents/status/" + revoked,
                                "{\"status\":\"REVOKED\",\"reason\":" + "\"صدرت خطأً وأُلغيت بكتاب رسمي\"}")
                        .status());
        assertEquals(
                200,
                admin.put(
                                "/api/v1/documents/status/" + replaced,
                                "{\"status\":\"SUPERSEDED\",\"reason\":"
                                        + "\"صدرت بدلاً عنها وثيقة مصححة\",\"supersededBy\":\"" + valid + "\"}")
                        .status());

        String payload =
                admin.get("/api/v1/documents/payload/" + valid).object().getString("payload");
        JsonObject genuine = publicly(postText("/api/v1/public/verification", payload));
        assertEquals("GENUINE_VALID", genuine.getString("outcome"));
        assertEquals("CERTIFICATE", genuine.getString("type"));
        assertEquals("MOHESR", genuine.getString("institutionCode"));
        assertEquals("2026-09-01", genuine.getString("issueDate"));
        assertEquals(
                "GENUINE_REVOKED",
                publicly(postText(
                                "/api/v1/public/verification",
                                admin.get("/api/v1/documents/payload/" + revoked)
                                        .object()
                                        .getString("payload")))
                        .getString("outcome"));
        JsonObject superseded = publicly(postText(
                "/api/v1/public/verification",
                admin.get("/api/v1/documents/payload/" + replaced).object().getString("payload")));
        assertEquals("GENUINE_SUPERSEDED", superseded.getString("outcome"));
        assertEquals(valid, superseded.getString("supersededBy"));

        byte[] qr = admin.download("/api/v1/documents/qr/" + valid).body();
        assertEquals(payload.length() > 0, QrCodes.read(qr).startsWith("SD1|" + valid + "|MOHESR|"));
        assertEquals(
                "GENUINE_VALID",
                publicly(Api.anonymous().postBytes("/api/v1/public/verification", "image/png", qr))
                        .getString("outcome"),
                "by the QR image");

        String code = admin.get("/api/v1/documents/payload/" + valid).object().getString("shortCode");
        assertEquals(
                ShortCode.of(MessageDigest.getInstance("SHA-256").digest("شهادة 1".getBytes(StandardCharsets.UTF_8))),
                code);
        assertEquals(
                "GENUINE_VALID",
                publicly(Api.anonymous()
                                .get("/api/v1/public/verification?number=" + valid + "&code=" + code.toLowerCase()))
                        .getString("outcome"),
                "by number and the printed code");
        assertEquals(
                "UNKNOWN",
                publicly(Api.anonymous().get("/api/v1/public/verification?number=" + valid + "&code=ZZZZZZZZ"))
                        .getString("outcome"),
                "a wrong code reads as unknown");

        String forged = payload.replace("|20260901|", "|20260902|");
        assertEquals(
                "FORGED",
                publicly(postText("/api/v1/public/verification", forged)).getString("outcome"));
        assertEquals(
                "MALFORMED",
                publicly(postText("/api/v1/public/verification", payload.substring(0, 60)))
                        .getString("outcome"));
        assertEquals(
                "MALFORMED",
                publicly(postText("/api/v1/public/verification", "https://example.org/x"))
                        .getString("outcome"));

        SecurePayload neverRegistered = DocumentSignatures.sign(
                SecurePayload.unsigned(
                        "MOJ/" + RUN + "/404", "MOJ", LocalDate.of(2026, 5, 5), justiceKeyId, new byte[32]),
                justice.getPrivate());
        assertEquals(
                "UNKNOWN",
                publicly(postText("/api/v1/public/verification", neverRegistered.encode()))
                        .getString("outcome"),
                "genuinely signed, but not in the registry");
        SecurePayload wrongKey = DocumentSignatures.sign(
                SecurePayload.unsigned(valid, "MOHESR", LocalDate.of(2026, 9, 1), justiceKeyId, new byte[32]),
                justice.getPrivate());
        JsonObject otherKey = publicly(postText("/api/v1/public/verification", wrongKey.encode()));
        assertEquals("FORGED", otherKey.getString("outcome"), "signed with another institution's key");

        // The same answers through the agents' API, which also says why a code is refused.
        String[][] asked = {
            {payload, "GENUINE_VALID"},
            {admin.get("/api/v1/documents/payload/" + revoked).object().getString("payload"), "GENUINE_REVOKED"},
            {admin.get("/api/v1/documents/payload/" + replaced).object().getString("payload"), "GENUINE_SUPERSEDED"},
            {neverRegistered.encode(), "UNKNOWN"},
            {forged, "FORGED"},
            {"garbage", "MALFORMED"}
        };
        for (String[] question : asked) {
            Api.Answer answer = agent.postBytes(
                    "/api/v1/documents/verification",
                    "text/plain; charset=UTF-8",
                    question[0].getBytes(StandardCharsets.UTF_8));
            assertEquals(200, answer.status(), answer.text());
            assertEquals(question[1], answer.object().getString("outcome"), question[0]);
            assertFalse(answer.text().contains(HOLDER), answer.text());
        }
        assertEquals(
                "the signature does not hold",
                agent.postBytes(
                                "/api/v1/documents/verification",
                                "text/plain; charset=UTF-8",
                                forged.getBytes(StandardCharsets.UTF_8))
                        .object()
                        .getString("detail"));
        assertEquals(
                "UNKNOWN",
                agent.get("/api/v1/documents/MOHESR/" + RUN + "/999").object().getString("outcome"));
        assertEquals(
                "GENUINE_REVOKED",
                agent.get("/api/v1/documents/" + revoked).object().getString("outcome"));
        assertEquals(401, Api.anonymous().get("/api/v1/documents/" + valid).status(), "staff only without the code");
    }

    @Test
    @Order(2)
    void theAgentsCheckIsKeptOnTheTicket() throws Exception {
        String number = "MOHESR/" + RUN + "/9";
        register(number, "MOHESR", "شهادة 9");
        String ticket = agent.post(
                        "/api/v1/tickets",
                        "{\"type\":\"DOCUMENT_ISSUE\",\"channel\":\"PHONE\"," + "\"subject\":\"رفض وثيقة مؤمنة\"}")
                .object()
                .getString("number");
        Api.Answer checked = agent.post("/api/v1/documents/checks/" + ticket, "{\"number\":\"" + number + "\"}");
        assertEquals(201, checked.status(), checked.text());
        assertEquals(
                "GENUINE_VALID", checked.object().getJsonObject("verification").getString("outcome"));
        byte[] qr = admin.download("/api/v1/documents/qr/" + number).body();
        assertEquals(
                201,
                agent.postBytes("/api/v1/documents/checks/" + ticket, "image/png", qr)
                        .status());
        JsonArray kept =
                (JsonArray) agent.get("/api/v1/documents/checks/" + ticket).json();
        assertEquals(2, kept.size());
        assertEquals("doc.agent", kept.getJsonObject(0).getString("checkedBy"));
        assertEquals(
                415,
                agent.postBytes(
                                "/api/v1/documents/checks/" + ticket,
                                "image/png",
                                "not an image".getBytes(StandardCharsets.UTF_8))
                        .status(),
                "checked by content");
    }

    @Test
    @Order(3)
    void keysRotateAndARevokedKeyVouchesForNothingAllAudited() throws Exception {
        assertEquals(
                201,
                admin.post("/api/v1/document-keys", "{\"institutionCode\":\"MOH\"}")
                        .status());
        String number = "MOH/" + RUN + "/1";
        register(number, "MOH", "تقرير طبي");
        String before =
                admin.get("/api/v1/documents/payload/" + number).object().getString("payload");
        Api.Answer rotated = admin.post("/api/v1/document-keys/rotation", "{\"institutionCode\":\"MOH\"}");
        assertEquals(201, rotated.status(), rotated.text());
        assertEquals(
                "GENUINE_VALID",
                publicly(postText("/api/v1/public/verification", before)).getString("outcome"),
                "the retired key still vouches for what it signed before");
        String after = admin.get("/api/v1/documents/payload/" + number).object().getString("payload");
        assertFalse(before.equals(after), "signed with the new key now");
        Api.Answer revoked = admin.post(
                "/api/v1/document-keys/" + rotated.object().getString("keyId") + "/revocation",
                "{\"reason\":\"تسرب المفتاح من نظام الإصدار\"}");
        assertEquals(200, revoked.status(), revoked.text());
        assertEquals(
                "FORGED",
                publicly(postText("/api/v1/public/verification", after)).getString("outcome"));
        assertEquals(409, admin.get("/api/v1/documents/payload/" + number).status(), "no key left to sign with");
        assertEquals(
                409,
                admin.post("/api/v1/document-keys", "{\"institutionCode\":\"MOHESR\"}")
                        .status(),
                "an institution with an active key rotates it");
        for (String action : new String[] {"DOCUMENT_KEY_ADDED", "DOCUMENT_KEY_ROTATED", "DOCUMENT_KEY_REVOKED"}) {
            assertEquals(
                    "admin",
                    SystemUnderTest.queryString(
                            "select actor from audit_entry where action = ?" + " order by id desc limit 1", action),
                    action);
        }
        assertEquals(403, agent.get("/api/v1/document-keys").status());
    }

    private static JsonObject awaitImport(long id) throws Exception {
        JsonObject[] last = new JsonObject[1];
        SystemUnderTest.eventually(Duration.ofSeconds(120), "import " + id + " ends", () -> {
            last[0] = admin.get("/api/v1/document-imports/" + id).object();
            return !"RUNNING".equals(last[0].getString("state"));
        });
        return last[0];
    }

    @Test
    @Order(4)
    void anImportReportsItsBadRowsByLineAndAddsNothingTwice() throws Exception {
        Files.createDirectories(INBOX);
        String file = "moi-" + RUN + ".csv";
        Files.writeString(
                INBOX.resolve(file),
                String.join(
                                "\n",
                                "document_number,institution_code,document_type,issue_date,subject,holder_name,content_sha256",
                                "IMP/" + RUN + "/1,MOI,OFFICIAL_LETTER,2026-01-10,تأييد صحة صدور,علي حسن,"
                                        + sha256("1"),
                                "IMP/" + RUN + "/2,NOPE,OFFICIAL_LETTER,2026-01-10,تأييد,علي حسن," + sha256("2"),
                                "IMP/" + RUN + "/3,MOI,LETTER,2026-01-10,تأييد,علي حسن," + sha256("3"),
                                "IMP/" + RUN + "/4,MOI,OFFICIAL_BOOK,2026-02-30,كتاب,علي حسن," + sha256("4"),
                                "IMP/" + RUN + "/5,MOI,OFFICIAL_BOOK,2026-02-03,\"كتاب، مع فاصلة\",علي حسن,"
                                        + sha256("5"),
                                "IMP/" + RUN + "/6,MOI,CERTIFICATE,2026-02-03,شهادة,علي حسن,abc")
                        + "\n",
                StandardCharsets.UTF_8);
        Api.Answer started = admin.post("/api/v1/document-imports", "{\"file\":\"" + file + "\"}");
        assertEquals(202, started.status(), started.text());
        JsonObject done = awaitImport(started.object().getJsonNumber("id").longValue());
        assertEquals("DONE", done.getString("state"), done.toString());
        assertEquals(6, done.getInt("linesRead"));
        assertEquals(2, done.getInt("inserted"));
        assertEquals(4, done.getInt("rejected"));
        JsonArray rejected = (JsonArray) admin.get("/api/v1/document-imports/" + done.getInt("id") + "/rejections")
                .json();
        assertEquals(3, rejected.getJsonObject(0).getInt("line"));
        assertTrue(rejected.getJsonObject(0).getString("reason").startsWith("institution_code"));
        assertTrue(rejected.getJsonObject(1).getString("reason").startsWith("document_type"));
        assertTrue(rejected.getJsonObject(2).getString("reason").startsWith("issue_date"));
        assertTrue(rejected.getJsonObject(3).getString("reason").startsWith("content_sha256"));

        JsonObject again = awaitImport(admin.post("/api/v1/document-imports", "{\"file\":\"" + file + "\"}")
                .object()
                .getJsonNumber("id")
                .longValue());
        assertEquals(0, again.getInt("inserted"));
        assertEquals(2, again.getInt("alreadyRegistered"));
        assertEquals(
                404,
                admin.post("/api/v1/document-imports", "{\"file\":\"no-such-file.csv\"}")
                        .status());
        assertEquals(
                400,
                admin.post("/api/v1/document-imports", "{\"file\":\"../etc/passwd\"}")
                        .status());
        assertEquals(
                403,
                agent.post("/api/v1/document-imports", "{\"file\":\"" + file + "\"}")
                        .status());
    }

    @Test
    @Order(5)
    void anImportCancelledAndRestartedEndsWithTheFilesCountOnce() throws Exception {
        String file = "cut-" + RUN + ".csv";
        int rows = 40_000;
        try (BufferedWriter out = Files.newBufferedWriter(INBOX.resolve(file), StandardCharsets.UTF_8)) {
            out.write("document_number,institution_code,document_type,issue_date,subject,holder_name,content_sha256\n");
            String digest = sha256("x");
            for (int i = 0; i < rows; i++) {
                out.write("CUT-" + RUN + "-" + i + ",MOI,OFFICIAL_LETTER,2026-03-01,كتاب رسمي,حامل " + i + "," + digest
                        + "\n");
            }
        }
        long id = admin.post("/api/v1/document-imports", "{\"file\":\"" + file + "\"}")
                .object()
                .getJsonNumber("id")
                .longValue();
        Api.Answer cancel = admin.post("/api/v1/document-imports/" + id + "/cancel", "");
        JsonObject stopped = awaitImport(id);
        String partial = SystemUnderTest.queryString("select count(*) from secure_document where import_id = ?", id);
        if (cancel.status() == 200) {
            assertEquals("CANCELLED", stopped.getString("state"), stopped.toString());
            assertTrue(Integer.parseInt(partial) < rows, "stopped part-way: " + partial);
            Api.Answer restarted = admin.post("/api/v1/document-imports/" + id + "/restart", "");
            assertEquals(202, restarted.status(), restarted.text());
            stopped = awaitImport(id);
        }
        assertEquals("DONE", stopped.getString("state"), stopped.toString());
        assertEquals(rows, stopped.getInt("inserted"));
        assertEquals(
                String.valueOf(rows),
                SystemUnderTest.queryString(
                        "select count(*) from secure_document where document_number like ?", "CUT-" + RUN + "-%"));
    }

    @Test
    @Order(6)
    void thePublicHasAFewChecksAMinutePerAddress() throws Exception {
        int refused = 0;
        for (int i = 0; i < 45 && refused == 0; i++) {
            Api.Answer answer = Api.anonymous().get("/api/v1/public/verification?number=X-1&code=00000000");
            if (answer.status() == 429) {
                refused++;
                assertTrue(answer.text().contains("too-many-requests"), answer.text());
            }
        }
        assertEquals(1, refused, "40 a minute at most (the test server's setting)");
    }
}
