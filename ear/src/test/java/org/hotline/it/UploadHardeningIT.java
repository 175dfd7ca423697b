package org.hotline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.hotline.attachment.SampleFiles;
import org.hotline.common.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Uploads as an attacker sends them, against the real server: decompression bombs (a PNG of a few kilobytes that
 * claims 10000 × 10000 pixels, the same with its data cut short, a JPEG whose header claims 60000 × 60000) on the
 * public QR check and on the staff's attachments, evidence and document checks; a burst of pictures that are costly
 * but allowed, which the server answers partly with 503 {@code busy} and then still serves; PDF polyglots; wrong
 * content types; and a file name with a right-to-left override and a line break.
 */
class UploadHardeningIT {

    private static final String PASSWORD = "a long test passphrase 5599";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static Api agent;
    private static Api officer;

    @BeforeAll
    static void people() throws Exception {
        SystemUnderTest.ensureUser("upload.agent", "Upload Agent", PASSWORD, Role.AGENT);
        SystemUnderTest.ensureUser("upload.officer", "Upload Officer", PASSWORD, Role.OFFICER);
        agent = Api.as("upload.agent", PASSWORD);
        officer = Api.as("upload.officer", PASSWORD);
    }

    private static String openTicket() throws Exception {
        Api.Answer created = agent.post(
                "/api/v1/tickets", "{\"type\":\"ENQUIRY\",\"channel\":\"PHONE\"," + "\"subject\":\"صورة هوية مرفقة\"}");
        assertEquals(201, created.status(), created.text());
        return created.object().getString("number");
    }

    private static void assertProblem(Api.Answer answer, int status, String kind) {
        assertEquals(status, answer.status(), answer.text());
        assertTrue(
                answer.contentType().startsWith("application/problem+json"),
                answer.contentType() + " " + answer.text());
        assertEquals("urn:hotline:problem:" + kind, answer.object().getString("type"), answer.text());
    }

    /** The public check has a few tries a minute per address, shared by every test: wait for the window to pass. */
    private static Api.Answer publicImage(String contentType, byte[] image) {
        return SystemUnderTest.eventually(
                Duration.ofSeconds(80),
                Duration.ofSeconds(5),
                "the public check's window for this address to pass",
                () -> Api.anonymous().postBytes("/api/v1/public/verification", contentType, image),
                answer -> answer.status() != 429);
    }

    private static void serverStillAnswers() throws Exception {
        Api.Answer answer = Api.anonymous().get("/api/v1/public/verification?number=NO/SUCH/1&code=ABCDEFGH");
        assertTrue(answer.status() == 200 || answer.status() == 429, answer.status() + " " + answer.text());
        assertEquals(200, agent.get("/api/v1/tickets").status(), "the staff API answers too");
    }

    @Test
    void thePublicQrCheckRefusesBombsFromTheirHeaderAndTheServerStillAnswers() throws Exception {
        byte[] bomb = SampleFiles.pngBomb(10_000, 10_000, false);
        assertTrue(bomb.length < 64 * 1024, "a few kilobytes that would be 100 million pixels: " + bomb.length);
        Api.Answer refused = publicImage("image/png", bomb);
        assertProblem(refused, 400, "image-too-large");
        assertEquals(
                "file", refused.object().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertProblem(publicImage("image/png", SampleFiles.pngBomb(10_000, 10_000, true)), 400, "image-too-large");
        assertProblem(publicImage("image/jpeg", SampleFiles.jpegClaiming(60_000, 60_000)), 400, "image-too-large");
        assertProblem(publicImage("image/png", SampleFiles.pngBomb(1_000, 1_000, true)), 415, "malformed-attachment");
        assertProblem(
                publicImage("image/gif", SampleFiles.ascii("GIF89a\u0010\u0027\u0010\u0027")),
                415,
                "unsupported-media-type");
        serverStillAnswers();
    }

    @Test
    void thePublicPageSaysUnderTheFieldThatTheImageIsTooLarge() throws Exception {
        Path bomb = Files.createTempDirectory("bomb").resolve("qr.png");
        Files.write(bomb, SampleFiles.pngBomb(10_000, 10_000, false));
        try (Browser citizen = new Browser()) {
            citizen.open("/document/verify.xhtml");
            citizen.upload(By.id("byImage:image"), bomb);
            citizen.submit(By.id("byImage:check"));
            String message = citizen.text(By.id("byImage:imageMessage"));
            assertTrue(message.startsWith("عدد نقاط الصورة أكبر من المسموح"), citizen.text(By.tagName("body")));
        }
    }

    @Test
    void staffAttachmentsEvidenceAndDocumentChecksRefuseBombsAndKeepNothing() throws Exception {
        String ticket = openTicket();
        String attachments = "/api/v1/tickets/" + ticket + "/attachments?name=scan.png";
        assertProblem(
                agent.postBytes(attachments, "application/octet-stream", SampleFiles.pngBomb(10_000, 10_000, false)),
                400,
                "image-too-large");
        assertProblem(
                agent.postBytes(attachments, "image/png", SampleFiles.pngBomb(10_000, 10_000, true)),
                400,
                "image-too-large");
        assertProblem(
                agent.postBytes(attachments, "image/jpeg", SampleFiles.jpegClaiming(60_000, 60_000)),
                400,
                "image-too-large");
        assertProblem(
                agent.postBytes(attachments, "image/png", SampleFiles.pngBomb(1_000, 1_000, true)),
                415,
                "malformed-attachment");
        assertProblem(
                agent.postBytes(
                        "/api/v1/documents/checks/" + ticket, "image/png", SampleFiles.pngBomb(10_000, 10_000, false)),
                400,
                "image-too-large");
        assertEquals(
                0,
                agent.get("/api/v1/tickets/" + ticket)
                        .object()
                        .getJsonArray("attachments")
                        .size());

        String complaint = SystemUnderTest.fileComplaint(agent, true).getString("number");
        String evidence = "/api/v1/complaints/" + complaint + "/evidence?name=receipt.png";
        assertProblem(
                agent.postBytes(evidence, "image/png", SampleFiles.pngBomb(10_000, 10_000, false)),
                400,
                "image-too-large");
        assertProblem(
                agent.postBytes(evidence, "image/jpeg", SampleFiles.jpegClaiming(60_000, 60_000)),
                400,
                "image-too-large");
        assertEquals(
                "0",
                SystemUnderTest.queryString(
                        "select count(*) from complaint_evidence where complaint_id = ?",
                        String.valueOf(Long.parseLong(complaint.substring(0, complaint.length() - 1)) - 100_000)));

        assertEquals(
                201,
                agent.postBytes(attachments, "image/png", SampleFiles.png(640, 480))
                        .status(),
                "a real photo is still taken");
        serverStillAnswers();
    }

    @Test
    void aBurstOfCostlyPicturesIsPartlyToldBusyNeverFailsAndTheServerGoesOn() throws Exception {
        // One ticket per upload: the burst is about decoding, not about attaching to one ticket at once.
        List<String> tickets = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            tickets.add(openTicket());
        }
        String ticket = tickets.get(0);
        byte[] heavy = SampleFiles.heavyPng();
        String authorization = "Basic "
                + Base64.getEncoder().encodeToString(("upload.agent:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            sent.add(HTTP.sendAsync(
                    HttpRequest.newBuilder(URI.create(SystemUnderTest.BASE_URL + "/api/v1/tickets/" + tickets.get(i)
                                    + "/attachments?name=heavy-" + i + ".png"))
                            .timeout(Duration.ofSeconds(120))
                            .header("Authorization", authorization)
                            .header("Content-Type", "image/png")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(heavy))
                            .build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        for (int i = 0; i < 3; i++) {
            // The public path shares the same decodes: its answers are a result, busy, or its per-minute limit.
            sent.add(HTTP.sendAsync(
                    HttpRequest.newBuilder(URI.create(SystemUnderTest.BASE_URL + "/api/v1/public/verification"))
                            .timeout(Duration.ofSeconds(120))
                            .header("Content-Type", "image/png")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(heavy))
                            .build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        Map<Integer, Integer> statuses = new TreeMap<>();
        int busyWithRetryAfter = 0;
        for (CompletableFuture<HttpResponse<String>> future : sent) {
            HttpResponse<String> response = future.get();
            statuses.merge(response.statusCode(), 1, Integer::sum);
            if (response.statusCode() == 503) {
                JsonObject problem =
                        Json.createReader(new StringReader(response.body())).readObject();
                assertEquals("urn:hotline:problem:busy", problem.getString("type"));
                assertTrue(response.headers()
                        .firstValue("Content-Type")
                        .orElse("")
                        .startsWith("application/problem+json"));
                if (response.headers().firstValue("Retry-After").isPresent()) {
                    busyWithRetryAfter++;
                }
            }
        }
        assertTrue(
                statuses.keySet().stream().allMatch(s -> s == 200 || s == 201 || s == 503 || s == 429),
                "only results, busy, or the public limit: " + statuses);
        assertTrue(statuses.getOrDefault(503, 0) > 0, "some were told the server is busy: " + statuses);
        assertTrue(statuses.getOrDefault(201, 0) > 0, "some were taken: " + statuses);
        assertEquals(statuses.getOrDefault(503, 0), busyWithRetryAfter, "each busy answer says when to come back");
        int kept = 0;
        for (String each : tickets) {
            kept += agent.get("/api/v1/tickets/" + each)
                    .object()
                    .getJsonArray("attachments")
                    .size();
        }
        assertEquals((int) statuses.getOrDefault(201, 0), kept, "every answer told the truth about what was kept");

        serverStillAnswers();
        SystemUnderTest.eventually(
                Duration.ofSeconds(30),
                "a photo is taken once the burst is over",
                () -> agent.postBytes(
                                        "/api/v1/tickets/" + ticket + "/attachments?name=after.png",
                                        "image/png",
                                        SampleFiles.png(200, 200))
                                .status()
                        == 201);
    }

    @Test
    void filesAttachedToOneTicketAtOnceAreTakenOrRefusedAsAConflictNeverAServerError() throws Exception {
        String ticket = openTicket();
        String authorization = "Basic "
                + Base64.getEncoder().encodeToString(("upload.agent:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        byte[] png = SampleFiles.png(120, 90);
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            sent.add(HTTP.sendAsync(
                    HttpRequest.newBuilder(URI.create(SystemUnderTest.BASE_URL + "/api/v1/tickets/" + ticket
                                    + "/attachments?name=page-" + i + ".png"))
                            .timeout(Duration.ofSeconds(60))
                            .header("Authorization", authorization)
                            .header("Content-Type", "image/png")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(png))
                            .build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (CompletableFuture<HttpResponse<String>> future : sent) {
            statuses.merge(future.get().statusCode(), 1, Integer::sum);
        }
        assertTrue(statuses.keySet().stream().allMatch(s -> s == 201 || s == 409 || s == 503), statuses.toString());
        assertEquals(
                (int) statuses.getOrDefault(201, 0),
                agent.get("/api/v1/tickets/" + ticket)
                        .object()
                        .getJsonArray("attachments")
                        .size(),
                "each 201 kept, each 409 not");
    }

    @Test
    void aPdfMustParseAsOneNotAHeaderInFrontOfAPage() throws Exception {
        String ticket = openTicket();
        String attachments = "/api/v1/tickets/" + ticket + "/attachments?name=letter.pdf";
        byte[] pdf = SampleFiles.pdf("كتاب رسمي");
        assertProblem(
                agent.postBytes(
                        attachments,
                        "application/pdf",
                        SampleFiles.ascii(
                                "%PDF-1.7\n<html><body><script>fetch('/api/v1/tickets')</script></body></html>\n")),
                415,
                "malformed-attachment");
        assertProblem(
                agent.postBytes(
                        attachments,
                        "application/pdf",
                        SampleFiles.concat(pdf, SampleFiles.ascii("<html><script>alert(1)</script></html>"))),
                415,
                "malformed-attachment");
        assertProblem(agent.postBytes(attachments, "image/png", pdf), 415, "malformed-attachment");
        String complaint = SystemUnderTest.fileComplaint(agent, true).getString("number");
        assertProblem(
                agent.postBytes(
                        "/api/v1/complaints/" + complaint + "/evidence?name=x.pdf",
                        "application/pdf",
                        SampleFiles.ascii("%PDF-1.4\n<html><script>alert(1)</script></html>")),
                415,
                "malformed-attachment");
        assertEquals(
                0,
                agent.get("/api/v1/tickets/" + ticket)
                        .object()
                        .getJsonArray("attachments")
                        .size());
        assertEquals(201, agent.postBytes(attachments, "application/pdf", pdf).status(), "a real PDF is taken");
    }

    @Test
    void aWrongContentTypeOrAnOversizeBodyIsAProblemNotAServerError() throws Exception {
        String ticket = openTicket();
        byte[] png = SampleFiles.png(50, 50);
        for (String type : List.of(
                "text/html", "application/json", "multipart/form-data; boundary=x", "application/x-msdownload")) {
            Api.Answer answer = agent.postBytes("/api/v1/tickets/" + ticket + "/attachments?name=a.png", type, png);
            assertProblem(answer, 415, "unsupported-media-type");
        }
        String complaint = SystemUnderTest.fileComplaint(agent, true).getString("number");
        assertProblem(
                agent.postBytes("/api/v1/complaints/" + complaint + "/evidence?name=a.png", "text/html", png),
                415,
                "unsupported-media-type");
        byte[] huge = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(png, 0, huge, 0, png.length);
        assertProblem(
                agent.postBytes("/api/v1/complaints/" + complaint + "/evidence?name=big.png", "image/png", huge),
                413,
                "attachment-too-large");
        assertEquals(
                0,
                agent.get("/api/v1/tickets/" + ticket)
                        .object()
                        .getJsonArray("attachments")
                        .size());
    }

    @Test
    void aNameWithARightToLeftOverrideOrALineBreakComesBackCleanedInTheListAndTheHeader() throws Exception {
        String ticket = openTicket();
        // Shown as "letterfdp.png" by a bidi-aware list, while it is a PDF named ...gnp.pdf.
        String tricky = "dir/letter\u202Egnp.pdf";
        Api.Answer attached = agent.postBytes(
                "/api/v1/tickets/" + ticket + "/attachments?name=" + URLEncoder.encode(tricky, StandardCharsets.UTF_8),
                "application/pdf",
                SampleFiles.pdf("letter"));
        assertEquals(201, attached.status(), attached.text());
        assertEquals("lettergnp.pdf", attached.object().getString("fileName"));
        JsonObject listed = agent.get("/api/v1/tickets/" + ticket)
                .object()
                .getJsonArray("attachments")
                .getJsonObject(0);
        assertEquals("lettergnp.pdf", listed.getString("fileName"));
        HttpResponse<byte[]> download = agent.download("/api/v1/tickets/" + ticket + "/attachments/"
                + listed.getJsonNumber("id").longValue());
        String disposition =
                download.headers().firstValue("Content-Disposition").orElseThrow();
        assertEquals("attachment; filename=\"lettergnp.pdf\"; filename*=UTF-8''lettergnp.pdf", disposition);

        String injected = "evil\r\nX-Injected: yes\u2066.pdf";
        Api.Answer second = agent.postBytes(
                "/api/v1/tickets/" + ticket + "/attachments?name="
                        + URLEncoder.encode(injected, StandardCharsets.UTF_8),
                "application/pdf",
                SampleFiles.pdf("x"));
        assertEquals(201, second.status(), second.text());
        assertEquals("evilX-Injected: yes.pdf", second.object().getString("fileName"));
        HttpResponse<byte[]> got = agent.download("/api/v1/tickets/" + ticket + "/attachments/"
                + second.object().getJsonNumber("id").longValue());
        assertFalse(got.headers().firstValue("X-Injected").isPresent(), "no header of the attacker's");
        assertTrue(got.headers()
                .firstValue("Content-Disposition")
                .orElseThrow()
                .endsWith("filename*=UTF-8''evilX-Injected%3A%20yes.pdf"));

        String complaint = SystemUnderTest.fileComplaint(agent, true).getString("number");
        assertEquals(
                204,
                agent.postBytes(
                                "/api/v1/complaints/" + complaint + "/evidence?name="
                                        + URLEncoder.encode("\u202Bوصل\u202C\u200F.png", StandardCharsets.UTF_8),
                                "image/png",
                                SampleFiles.png(40, 40))
                        .status());
        JsonObject read = officer.get("/api/v1/complaints/" + complaint).object();
        assertEquals("وصل.png", read.getJsonArray("evidence").getJsonObject(0).getString("fileName"), read.toString());
    }
}
