package org.hotline.it;

import static org.hotline.it.CallRecords.awaitDisposition;
import static org.hotline.it.CallRecords.awaitFilled;
import static org.hotline.it.CallRecords.field;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.hotline.common.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A call's recording played in the browser. The fake PBX names each call's recording as Asterisk does (MixMonitor's
 * absolute path under {@code /var/spool/asterisk/monitor}), and the test puts a real WAV file at that place in the
 * server's recordings folder ({@code HOTLINE_RECORDINGS_DIR}, {@code ear/target/recordings}). An agent listens from
 * the ticket in Chromium in Arabic, English and Kurdish, one audit entry a play; the stream answers byte ranges; a
 * complaint's call is heard only by the officer who may read the complaint, everyone else getting what a call without
 * a recording gets; a name leading out of the folder, a file that is no WAV and a removed recording are not played;
 * one user's many parallel requests are bounded.
 */
class RecordingPlaybackIT {

    private static final String PASSWORD = "a recordings passphrase 5599";
    private static final String PBX_MONITOR = "/var/spool/asterisk/monitor/";
    private static final AtomicLong NEXT =
            new AtomicLong(ThreadLocalRandom.current().nextLong(100_000, 900_000));
    private static final byte[] SECOND = wav(8000, 1);

    private static Path folder;
    private static Api agent;
    private static Api supervisor;
    private static Api officer;
    private static Api recused;
    private static Browser browser;
    private static String citizenId;

    @BeforeAll
    static void people() throws Exception {
        folder = Path.of(System.getProperty("hotline.recordings.dir"));
        Files.createDirectories(folder);
        SystemUnderTest.ensureAgentWithPhone("rec.agent", "Recordings Agent", PASSWORD, "PJSIP/1311");
        SystemUnderTest.ensureUser("rec.supervisor", "Recordings Supervisor", PASSWORD, Role.SUPERVISOR);
        SystemUnderTest.ensureUser("rec.officer", "Recordings Officer", PASSWORD, Role.OFFICER);
        SystemUnderTest.ensureUser("rec.recused", "Recordings MOI Officer", PASSWORD, Role.OFFICER);
        SystemUnderTest.execute("update user_account set institution_code = 'MOI' where username = ?", "rec.recused");
        agent = Api.as("rec.agent", PASSWORD);
        supervisor = Api.as("rec.supervisor", PASSWORD);
        officer = Api.as("rec.officer", PASSWORD);
        recused = Api.as("rec.recused", PASSWORD);
        citizenId = SystemUnderTest.ensureCitizen(agent, "07712" + NEXT.get() % 1_000_000, "سارة الربيعي");
        browser = new Browser();
        browser.signIn("rec.agent", PASSWORD);
    }

    @AfterAll
    static void closeBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anAgentListensFromTheTicketInEachLanguageAndEachPlayIsAuditedOnce() throws Exception {
        String linkedid = recordedCall(SECOND);
        String ticket = ticketFor(linkedid);
        String page = "/desk/ticket.xhtml?number=" + ticket;
        for (String language : List.of("ar", "en", "ku")) {
            long before = plays("rec.agent", linkedid);
            browser.open("/language?to=" + language + "&back=" + page);
            assertTrue(browser.isShown(By.id("recordingForm:listen")), language);
            assertFalse(browser.isShown(By.id("recordingAudio")), "nothing is streamed before Listen");
            browser.click(By.id("recordingForm:listen"));
            browser.waitForShown(By.id("recordingAudio"));
            browser.waitUntil(
                    "var a = document.getElementById('recordingAudio'); return a.readyState >= 1 && a.duration > 0;",
                    Duration.ofSeconds(20));
            double duration = ((Number) browser.script("return document.getElementById('recordingAudio').duration"))
                    .doubleValue();
            assertEquals(1.0, duration, 0.05, language + ": the browser read the WAV's length");
            // going back and forth in the recording asks for other ranges, which are not plays
            browser.script("var a = document.getElementById('recordingAudio'); a.currentTime = 0.5;");
            browser.waitUntil(
                    "var a = document.getElementById('recordingAudio'); return !a.seeking && a.readyState >= 1;",
                    Duration.ofSeconds(20));
            assertEquals(before + 1, plays("rec.agent", linkedid), language + ": one audit entry for the play");
            assertTrue(browser.text(By.id("recordingTitle")).length() > 3, language);
            List<String> problems = new ArrayList<>();
            for (Axe.Violation violation : Axe.run(browser)) {
                if (violation.impact().equals("critical") || violation.impact().equals("serious")) {
                    problems.add(violation.toString());
                }
            }
            assertTrue(problems.isEmpty(), language + ": " + problems);
        }
        assertTrue(browser.cspViolations().isEmpty(), browser.cspViolations().toString());
        assertEquals(
                "ticket " + ticket,
                SystemUnderTest.queryString(
                        "select max(detail) from audit_entry where action = 'RECORDING_PLAYED' and actor = ?"
                                + " and target_id = ?",
                        "rec.agent",
                        linkedid),
                "the audit names the call and the ticket it was heard for");
        browser.open("/language?to=ar&back=/agent/index.xhtml");
    }

    @Test
    void theStreamAnswersByteRangesAndOnePlayIsOneAuditEntry() throws Exception {
        String linkedid = recordedCall(SECOND);
        ticketFor(linkedid);
        long before = plays("rec.agent", linkedid);
        Api.Answer play = agent.post("/api/v1/recording-plays", "{\"call\":\"" + linkedid + "\"}");
        assertEquals(201, play.status(), play.text());
        String url = play.object().getString("url");
        assertTrue(url.startsWith("/api/v1/recording-plays/"), url);
        int size = SECOND.length;

        HttpResponse<byte[]> whole = agent.download(url, Map.of());
        assertEquals(200, whole.statusCode());
        assertArrayEquals(SECOND, whole.body());
        assertEquals("audio/wav", whole.headers().firstValue("Content-Type").orElse(""));
        assertEquals("bytes", whole.headers().firstValue("Accept-Ranges").orElse(""));
        assertEquals(
                "nosniff", whole.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals(
                "private, no-store", whole.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(
                whole.headers().firstValue("Content-Disposition").orElse("").startsWith("inline; filename=\""),
                whole.headers().toString());

        HttpResponse<byte[]> first = agent.download(url, Map.of("Range", "bytes=0-99"));
        assertEquals(206, first.statusCode());
        assertEquals(
                "bytes 0-99/" + size,
                first.headers().firstValue("Content-Range").orElse(""));
        assertArrayEquals(Arrays.copyOfRange(SECOND, 0, 100), first.body());

        HttpResponse<byte[]> rest = agent.download(url, Map.of("Range", "bytes=16000-"));
        assertEquals(206, rest.statusCode());
        assertEquals(
                "bytes 16000-" + (size - 1) + "/" + size,
                rest.headers().firstValue("Content-Range").orElse(""));
        assertArrayEquals(Arrays.copyOfRange(SECOND, 16000, size), rest.body());

        HttpResponse<byte[]> last = agent.download(url, Map.of("Range", "bytes=-10"));
        assertEquals(206, last.statusCode());
        assertArrayEquals(Arrays.copyOfRange(SECOND, size - 10, size), last.body());

        HttpResponse<byte[]> several = agent.download(url, Map.of("Range", "bytes=40-43, 0-3"));
        assertEquals(206, several.statusCode(), "of several ranges, the first");
        assertArrayEquals(Arrays.copyOfRange(SECOND, 40, 44), several.body());

        for (String beyondRange : List.of("bytes=99999-", "bytes=99999999999999999999-")) {
            HttpResponse<byte[]> beyond = agent.download(url, Map.of("Range", beyondRange));
            assertEquals(416, beyond.statusCode(), beyondRange);
            assertEquals(
                    "bytes */" + size,
                    beyond.headers().firstValue("Content-Range").orElse(""));
        }
        HttpResponse<byte[]> pastTheEnd = agent.download(url, Map.of("Range", "bytes=16000-99999999999999999999"));
        assertEquals(206, pastTheEnd.statusCode(), "an end past any file is cut at the file's end");
        assertEquals(
                "bytes 16000-" + (size - 1) + "/" + size,
                pastTheEnd.headers().firstValue("Content-Range").orElse(""));

        for (String broken : List.of("bytes=abc", "bytes=9-1", "lines=1-2", "bytes=1-2-3")) {
            HttpResponse<byte[]> ignored = agent.download(url, Map.of("Range", broken));
            assertEquals(200, ignored.statusCode(), broken + ": a malformed range is ignored, never a 500");
            assertEquals(size, ignored.body().length, broken);
        }

        HttpResponse<Void> head = agent.head(url);
        assertEquals(200, head.statusCode());
        assertEquals(
                String.valueOf(size),
                head.headers().firstValue("Content-Length").orElse(""));

        assertEquals(before + 1, plays("rec.agent", linkedid), "one play, however many requests its player makes");

        // The call's number typed in Arabic-Indic digits, with spaces: the same call, audited and granted as the call
        // log spells it.
        String arabic = " "
                + linkedid.chars()
                        .mapToObj(c -> Character.isDigit(c)
                                ? String.valueOf((char) ('٠' + (c - '0')))
                                : String.valueOf((char) c))
                        .collect(java.util.stream.Collectors.joining())
                + " ";
        Api.Answer typedInArabic = agent.post("/api/v1/recording-plays", "{\"call\":\"" + arabic + "\"}");
        assertEquals(201, typedInArabic.status(), typedInArabic.text());
        assertEquals(linkedid, typedInArabic.object().getString("call"));
        assertEquals(
                linkedid,
                SystemUnderTest.queryString(
                        "select target_id from audit_entry where action = 'RECORDING_PLAYED' and actor = 'rec.agent'"
                                + " order by id desc limit 1"),
                "audited as the call log spells the call");
        assertEquals(
                linkedid,
                SystemUnderTest.queryString(
                        "select linkedid from recording_play where username = 'rec.agent' order by played_at desc,"
                                + " token_hash limit 1"));
        assertEquals(
                206,
                agent.download(typedInArabic.object().getString("url"), Map.of("Range", "bytes=0-9"))
                        .statusCode());
        // A refused request's text in the audit log is a call's id or nothing: no bidi override, no line break.
        Api.Answer spoofed = agent.post("/api/v1/recording-plays", "{\"call\":\"\u202e008.1\\nabc\"}");
        assertEquals(404, spoofed.status(), spoofed.text());
        assertEquals(
                "(not a call's id)",
                SystemUnderTest.queryString(
                        "select target_id from audit_entry where action = 'RECORDING_REFUSED' and actor = 'rec.agent'"
                                + " order by id desc limit 1"));

        HttpResponse<byte[]> anothers = supervisor.download(url, Map.of());
        assertEquals(404, anothers.statusCode(), "a play's address is its user's only");
        assertEquals(
                404,
                agent.download("/api/v1/recording-plays/no-such-play", Map.of()).statusCode());
        assertEquals(401, Api.anonymous().download(url, Map.of()).statusCode());
    }

    @Test
    void aComplaintsCallIsHeardOnlyByTheOfficerWhoMayReadTheComplaint() throws Exception {
        String linkedid = recordedCall(SECOND);
        String ticket = ticketFor(linkedid); // an enquiry opened on the same call first
        Api.Answer filed = agent.post(
                "/api/v1/complaints",
                "{\"institutionCode\":\"MOI\",\"accusedDescription\":\"موظف الشباك الثالث\",\"allegation\":"
                        + "\"BRIBE_REQUEST\",\"narrative\":\"طلب مبلغًا لإكمال معاملة الجواز\",\"anonymous\":true,"
                        + "\"callLinkedid\":\"" + linkedid + "\"}");
        assertEquals(201, filed.status(), filed.text());
        String complaint = filed.object().getString("number");

        String withoutRecording = unrecordedCall();
        ticketFor(withoutRecording);
        Api.Answer none = agent.post("/api/v1/recording-plays", "{\"call\":\"" + withoutRecording + "\"}");
        assertEquals(404, none.status(), none.text());
        assertEquals("urn:hotline:problem:recording-not-found", none.object().getString("type"));
        for (Api refused : List.of(agent, supervisor, recused)) {
            Api.Answer answer = refused.post("/api/v1/recording-plays", "{\"call\":\"" + linkedid + "\"}");
            assertEquals(none.status(), answer.status(), answer.text());
            assertEquals(none.text(), answer.text(), "the same answer as a call without a recording");
        }
        assertEquals(
                "0",
                SystemUnderTest.queryString(
                        "select count(*) from audit_entry where action = 'RECORDING_PLAYED' and target_id = ?",
                        linkedid));
        assertEquals(
                "1",
                SystemUnderTest.queryString(
                        "select count(*) from audit_entry where action = 'RECORDING_REFUSED' and target_id = ?"
                                + " and actor = 'rec.recused'",
                        linkedid),
                "the refused attempt leaves its mark");

        Api.Answer play = officer.post("/api/v1/recording-plays", "{\"call\":\"" + linkedid + "\"}");
        assertEquals(201, play.status(), play.text());
        HttpResponse<byte[]> heard = officer.download(play.object().getString("url"), Map.of());
        assertEquals(200, heard.statusCode());
        assertArrayEquals(SECOND, heard.body());
        assertEquals(
                "complaint " + complaint,
                SystemUnderTest.queryString(
                        "select detail from audit_entry where action = 'RECORDING_PLAYED' and target_id = ?"
                                + " and actor = 'rec.officer'",
                        linkedid));

        // the agent's page of the enquiry on that call shows no player, as for a call without a recording
        browser.open("/desk/ticket.xhtml?number=" + ticket);
        browser.waitForShown(By.id("ticketNumber"));
        assertFalse(browser.isShown(By.id("recording")), "no trace of the complaint's recording");
        // the officer listens on the case's page
        try (Browser officerPage = new Browser()) {
            officerPage.signIn("rec.officer", PASSWORD);
            officerPage.open("/officer/complaint.xhtml?number=" + complaint);
            officerPage.click(By.id("recordingForm:listen"));
            officerPage.waitForShown(By.id("recordingAudio"));
            officerPage.waitUntil(
                    "var a = document.getElementById('recordingAudio'); return a.readyState >= 1 && a.duration > 0;",
                    Duration.ofSeconds(20));
            List<String> problems = Axe.run(officerPage).stream()
                    .filter(v -> v.impact().equals("critical") || v.impact().equals("serious"))
                    .map(Axe.Violation::toString)
                    .toList();
            assertTrue(problems.isEmpty(), "the case's page with its player: " + problems);
        }
        assertEquals(2, plays("rec.officer", linkedid));
    }

    @Test
    void namesLeadingOutOfTheFolderAFileThatIsNoWavAndARemovedRecordingAreNotPlayed() throws Exception {
        Path outside = Files.write(folder.getParent().resolve("outside-" + NEXT.incrementAndGet() + ".wav"), SECOND);
        Path link = Files.createSymbolicLink(folder.resolve("link-" + NEXT.incrementAndGet() + ".wav"), outside);
        Path notWav = Files.writeString(
                folder.resolve("page-" + NEXT.incrementAndGet() + ".wav"), "<html><script>alert(1)</script></html>");
        for (String name : List.of(
                "../../../../../../etc/passwd",
                PBX_MONITOR + "../" + outside.getFileName(),
                outside.toString(),
                "/etc/passwd",
                link.getFileName().toString())) {
            String linkedid = callNamed(name);
            String ticket = ticketFor(linkedid);
            Api.Answer answer = agent.post("/api/v1/recording-plays", "{\"call\":\"" + linkedid + "\"}");
            assertEquals(404, answer.status(), name + ": " + answer.text());
            assertEquals(
                    "urn:hotline:problem:recording-unavailable", answer.object().getString("type"), name);
            assertMissingOnPage(ticket, "recordingMissing");
        }
        String notWavCall = callNamed(PBX_MONITOR + notWav.getFileName());
        assertMissingOnPage(ticketFor(notWavCall), "recordingNotWav");
        Api.Answer refused = agent.post("/api/v1/recording-plays", "{\"call\":\"" + notWavCall + "\"}");
        assertEquals(415, refused.status(), refused.text());
        assertEquals("urn:hotline:problem:recording-not-wav", refused.object().getString("type"));

        String removed = recordedCall(SECOND);
        String removedTicket = ticketFor(removed);
        SystemUnderTest.execute(
                "update call_record set recording_removed_at = '2026-11-02 09:15:00' where linkedid = ?", removed);
        Api.Answer gone = agent.post("/api/v1/recording-plays", "{\"call\":\"" + removed + "\"}");
        assertEquals(409, gone.status(), gone.text());
        assertEquals("urn:hotline:problem:recording-removed", gone.object().getString("type"));
        browser.open("/language?to=en&back=/desk/ticket.xhtml?number=" + removedTicket);
        String said = browser.waitForSomeText(By.id("recordingRemoved"));
        assertTrue(said.contains("removed on") && said.contains("2026"), said);
        browser.open("/language?to=ar&back=/agent/index.xhtml");
        assertEquals(
                "0",
                SystemUnderTest.queryString(
                        "select count(*) from audit_entry where action = 'RECORDING_PLAYED' and target_id = ?",
                        removed));
    }

    @Test
    void oneUsersManyParallelRequestsAreBoundedAndOthersAreStillServed() throws Exception {
        byte[] big = wav(8000, 2000); // 32 MB: more than the sockets hold, so an unread stream holds its thread
        String linkedid = recordedCall(big);
        ticketFor(linkedid);
        String url = agent.post("/api/v1/recording-plays", "{\"call\":\"" + linkedid + "\"}")
                .object()
                .getString("url");
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                stalled.add(unread(url, "rec.agent"));
            }
            HttpResponse<byte[]> busy = agent.download(url, Map.of("Range", "bytes=0-9"));
            assertEquals(503, busy.statusCode(), "a fourth stream of the same user waits for none");
            assertEquals("1", busy.headers().firstValue("Retry-After").orElse(""));

            String supervisorsUrl = supervisor
                    .post("/api/v1/recording-plays", "{\"call\":\"" + linkedid + "\"}")
                    .object()
                    .getString("url");
            HttpResponse<byte[]> served = supervisor.download(supervisorsUrl, Map.of("Range", "bytes=0-9"));
            assertEquals(206, served.statusCode(), "another user is still served");

            java.util.concurrent.ExecutorService burst = java.util.concurrent.Executors.newFixedThreadPool(20);
            List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String range = "bytes=" + (i * 10) + "-" + (i * 10 + 9);
                answers.add(burst.submit(() -> supervisor
                        .download(supervisorsUrl, Map.of("Range", range))
                        .statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (java.util.concurrent.Future<Integer> answer : answers) {
                statuses.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            burst.shutdown();
            assertEquals(20, statuses.size());
            // 503: past the streams a user may have; 429: the sign-in throttle, as each request signs in with Basic
            assertTrue(statuses.stream().allMatch(s -> s == 206 || s == 503 || s == 429), statuses.toString());
            assertTrue(statuses.contains(206), statuses.toString());
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
        SystemUnderTest.eventually(
                Duration.ofSeconds(30),
                "the agent's streams given back once closed",
                () -> agent.download(url, Map.of("Range", "bytes=0-9")).statusCode() == 206);
    }

    /** A request for the whole recording whose answer is never read beyond its status line. */
    private static Socket unread(String path, String user) throws Exception {
        URI base = URI.create(SystemUnderTest.BASE_URL);
        Socket socket = new Socket();
        socket.setReceiveBufferSize(4096);
        socket.connect(new java.net.InetSocketAddress(base.getHost(), base.getPort()), 10_000);
        OutputStream out = socket.getOutputStream();
        String basic = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        out.write(("GET " + path + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nAuthorization: Basic " + basic
                        + "\r\nAccept: */*\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        InputStream in = socket.getInputStream();
        byte[] status = new byte[12];
        int read = in.readNBytes(status, 0, 12);
        assertEquals("HTTP/1.1 200", new String(status, 0, read, StandardCharsets.US_ASCII));
        return socket;
    }

    private static void assertMissingOnPage(String ticket, String shown) throws Exception {
        browser.open("/desk/ticket.xhtml?number=" + ticket);
        browser.waitForShown(By.id(shown));
        assertFalse(browser.isShown(By.id("recordingForm:listen")));
    }

    /** A whole answered call through the fake PBX, recorded into a file of these bytes where Asterisk puts it. */
    private static String recordedCall(byte[] content) throws Exception {
        String day = LocalDate.now(ZoneId.of("Asia/Baghdad")).format(DateTimeFormatter.BASIC_ISO_DATE);
        String linkedid = "17963" + NEXT.incrementAndGet() + ".1";
        Path file = folder.resolve("hotline/" + day + "/" + linkedid + ".wav");
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        return call(linkedid, PBX_MONITOR + "hotline/" + day + "/" + linkedid + ".wav");
    }

    private static String callNamed(String name) throws Exception {
        return call("17963" + NEXT.incrementAndGet() + ".1", name);
    }

    private static String unrecordedCall() throws Exception {
        return call("17963" + NEXT.incrementAndGet() + ".1", null);
    }

    private static String call(String linkedid, String recording) throws Exception {
        FakeAsterisk pbx = TestPbx.get();
        String caller = "07712" + NEXT.get() % 1_000_000;
        List<String> blocks = new ArrayList<>(
                PbxCalls.answered(linkedid, caller, "enquiries", "PJSIP/1311", "وكيل التسجيلات", Instant.now(), 3, 20));
        if (recording != null) {
            blocks.add(1, PbxCalls.recordingStarted(linkedid, caller, recording, Instant.now()));
        }
        for (String block : blocks) {
            pbx.send(block);
        }
        awaitDisposition(linkedid, "ANSWERED");
        if (recording != null) {
            awaitFilled(linkedid, "recording");
            assertEquals(recording, field(linkedid, "recording"), "the call keeps the name as the PBX gave it");
        }
        return linkedid;
    }

    private static String ticketFor(String linkedid) throws Exception {
        Api.Answer ticket = agent.post(
                "/api/v1/tickets",
                "{\"type\":\"ENQUIRY\",\"channel\":\"PHONE\",\"subject\":\"استفسار عن جواز السفر\",\"citizenId\":"
                        + citizenId + ",\"callLinkedid\":\"" + linkedid + "\"}");
        assertEquals(201, ticket.status(), ticket.text());
        return ticket.object().getString("number");
    }

    private static long plays(String user, String linkedid) throws Exception {
        return Long.parseLong(SystemUnderTest.queryString(
                "select count(*) from audit_entry where action = 'RECORDING_PLAYED' and actor = ? and target_id = ?",
                user,
                linkedid));
    }

    /** A PCM WAV file: 16-bit mono at this rate, a 440 Hz tone for so many seconds. */
    static byte[] wav(int rate, int seconds) {
        int samples = rate * seconds;
        ByteBuffer wav = ByteBuffer.allocate(44 + samples * 2).order(ByteOrder.LITTLE_ENDIAN);
        wav.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + samples * 2);
        wav.put("WAVE".getBytes(StandardCharsets.US_ASCII));
        wav.put("fmt ".getBytes(StandardCharsets.US_ASCII))
                .putInt(16)
                .putShort((short) 1)
                .putShort((short) 1);
        wav.putInt(rate).putInt(rate * 2).putShort((short) 2).putShort((short) 16);
        wav.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(samples * 2);
        for (int i = 0; i < samples; i++) {
            wav.putShort((short) (8000 * Math.sin(2 * Math.PI * 440 * i / rate)));
        }
        return wav.array();
    }
}
