package org.hotline.it;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hotline.attachment.SampleFiles;
import org.hotline.common.Role;

/**
 * The backup-and-restore check, run by scripts/check-backup.sh against a server of its own (not by the test suite:
 * it stops, wipes and restores the database). Two phases, each a run of this class, with the script's wipe and
 * restore between them:
 * <ol>
 * <li>{@code before STATE BACKUP_TO}: fills the application through its API and the fake PBX (tickets with Arabic
 * subjects and comments, calls, complaints with their evidence, documents, and the audit entries all this leaves),
 * waits until search finds it, then keeps writing (tickets, and audited readings of evidence) while it runs
 * scripts/backup.sh, and writes what it expects of the restore into STATE: the tickets acknowledged before the backup
 * began and after it ended, sample contents, what search answered.</li>
 * <li>{@code after STATE}: against the restored installation, checks that every write acknowledged before the backup
 * is there and none acknowledged after it, the sample contents (an Arabic subject, evidence bytes, a sealed identity
 * opened with the restored key, a document's old signature and a new one made with the restored secret), the audit
 * chain's verification, the call log, and that search (its index rebuilt at start) answers as before.</li>
 * </ol>
 * A failed expectation ends the run with an exception and a non-zero status.
 */
public final class BackupCheck {

    private static final String PASSWORD = "backup-check-passphrase";
    private static final String FILLED = "انقطاع الكهرباء في حي الجامعة";
    private static final String WRITTEN = "استفسار عن تجديد جواز السفر";
    private static final int TICKETS = 200;
    private static final int CALLS = 20;
    private static final int COMPLAINTS = 10;
    private static final int DOCUMENTS = 20;

    private BackupCheck() {}

    public static void main(String[] args) throws Exception {
        Path state = Path.of(args[1]);
        if (args[0].equals("before")) {
            before(state, Path.of(args[2]));
        } else {
            after(state);
        }
    }

    private static Api admin() {
        return Api.as("admin", SystemUnderTest.ADMIN_PASSWORD);
    }

    private static void before(Path stateFile, Path backupTo) throws Exception {
        Properties state = new Properties();
        SystemUnderTest.ensureUser("backup.agent", "وكيل النسخ", PASSWORD, Role.AGENT);
        SystemUnderTest.ensureUser("backup.officer", "ضابط النسخ", PASSWORD, Role.OFFICER);
        Api agent = Api.as("backup.agent", PASSWORD);
        Api officer = Api.as("backup.officer", PASSWORD);
        Api admin = admin();

        // Calls through the fake PBX, answered, until the call log has them all.
        FakeAsterisk pbx = TestPbx.get();
        Instant start = Instant.now().minusSeconds(600);
        for (int i = 0; i < CALLS; i++) {
            for (String block : PbxCalls.answered(
                    "1790000000." + i,
                    String.format("0771%07d", i),
                    "enquiries",
                    "PJSIP/1701",
                    "Agent 1701",
                    start.plusSeconds(i),
                    8,
                    30)) {
                pbx.send(block);
            }
        }
        SystemUnderTest.eventually(
                Duration.ofSeconds(120),
                "the calls in the call log",
                () -> count("select count(*) from call_record where linkedid like '1790000000.%'"
                                + " and disposition <> 'IN_PROGRESS'")
                        == CALLS);

        // Tickets with Arabic subjects, every tenth with a comment.
        List<String> filled = new ArrayList<>();
        for (int i = 0; i < TICKETS; i++) {
            String number = ticket(agent, FILLED + " رقم " + i);
            filled.add(number);
            if (i % 10 == 0) {
                check(
                        agent.post(
                                "/api/v1/tickets/" + number + "/comments",
                                "{\"body\":\"اتصل المواطن مرة أخرى\",\"internal\":false}"),
                        201,
                        "comment");
            }
        }
        state.setProperty("sample.ticket", filled.get(17));
        state.setProperty("sample.subject", FILLED + " رقم 17");

        // Complaints with evidence (identities sealed with the identity key), one read by an officer (audited).
        for (int i = 0; i < COMPLAINTS; i++) {
            String number = SystemUnderTest.fileComplaint(agent, false).getString("number");
            byte[] evidence = SampleFiles.png(20 + i, 20);
            check(
                    agent.postBytes(
                            "/api/v1/complaints/" + number + "/evidence?name=receipt-" + i + ".png",
                            "image/png",
                            evidence),
                    204,
                    "evidence");
            state.setProperty("complaint." + i, number);
            state.setProperty("complaint." + i + ".sha256", sha256(evidence));
        }
        String complaint = state.getProperty("complaint.3");
        long evidenceId = evidenceId(officer, complaint);
        state.setProperty("complaint.3.evidence", Long.toString(evidenceId));

        // Documents (signed with keys sealed by the document secret), one revoked (audited).
        check(admin.post("/api/v1/document-keys", "{\"institutionCode\":\"MOHESR\"}"), 201, "signing key");
        for (int i = 0; i < DOCUMENTS; i++) {
            check(
                    admin.post(
                            "/api/v1/documents",
                            "{\"number\":\"BK" + (1000 + i)
                                    + "\",\"institutionCode\":\"MOHESR\",\"type\":\"CERTIFICATE\","
                                    + "\"issueDate\":\"2026-09-01\",\"subject\":\"شهادة تخرج\",\"holderName\":\"سارة"
                                    + " كريم\",\"contentSha256\":\""
                                    + sha256(("شهادة " + i).getBytes(StandardCharsets.UTF_8))
                                    + "\"}"),
                    201,
                    "document");
        }
        check(
                admin.put(
                        "/api/v1/documents/status/BK1001",
                        "{\"status\":\"REVOKED\",\"reason\":\"صدرت خطأً وأُلغيت بكتاب رسمي\"}"),
                200,
                "revocation");
        Api.Answer printed = admin.get("/api/v1/documents/payload/BK1000");
        check(printed, 200, "payload");
        JsonObject signed = printed.object();
        state.setProperty("document.payload", signed.getString("payload"));
        state.setProperty("document.code", signed.getString("shortCode"));

        // What search answers once the index has caught up with the fill (it is updated after commit).
        SystemUnderTest.eventually(
                Duration.ofSeconds(120),
                "search to find the filled tickets",
                () -> searchTotal(agent, FILLED) == TICKETS);
        state.setProperty("search.filled", String.join(",", searchNumbers(agent, FILLED)));

        // Writes go on while the backup runs: tickets, and audited readings of evidence.
        ConcurrentLinkedQueue<long[]> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(5);
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            running.add(writers.submit(() -> {
                while (writing.get()) {
                    String number = ticket(agent, WRITTEN + " " + Instant.now());
                    acknowledged.add(new long[] {Long.parseLong(number), System.currentTimeMillis()});
                }
                return null;
            }));
        }
        running.add(writers.submit(() -> {
            while (writing.get()) {
                check(
                        officer.download("/api/v1/complaints/" + complaint + "/evidence/" + evidenceId)
                                .statusCode(),
                        200);
            }
            return null;
        }));
        SystemUnderTest.eventually(Duration.ofSeconds(120), "writes under way", () -> acknowledged.size() >= 40);
        long began = System.currentTimeMillis();
        Process backup = new ProcessBuilder("bash", "scripts/backup.sh", "--to", backupTo.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String folder = new String(backup.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (backup.waitFor() != 0) {
            throw new IllegalStateException("scripts/backup.sh failed");
        }
        long ended = System.currentTimeMillis();
        int during = acknowledged.size();
        SystemUnderTest.eventually(
                Duration.ofSeconds(60), "writes after the backup", () -> acknowledged.size() >= during + 20);
        writing.set(false);
        for (Future<?> writer : running) {
            writer.get();
        }
        writers.shutdown();
        writers.awaitTermination(10, TimeUnit.SECONDS);

        List<String> beforeBackup = new ArrayList<>();
        List<String> afterBackup = new ArrayList<>();
        for (long[] ack : acknowledged) {
            if (ack[1] < began) {
                beforeBackup.add(Long.toString(ack[0]));
            } else if (ack[1] > ended) {
                afterBackup.add(Long.toString(ack[0]));
            }
        }
        state.setProperty("backup", folder);
        state.setProperty("written.before", String.join(",", beforeBackup));
        state.setProperty("written.after", String.join(",", afterBackup));
        JsonObject audit = admin.post("/api/v1/audit/verification", "").object();
        if (!audit.getBoolean("intact")) {
            throw new IllegalStateException("the audit chain is broken before the backup: " + audit);
        }
        try (Writer out = Files.newBufferedWriter(stateFile, StandardCharsets.UTF_8)) {
            state.store(out, "expected of the restore");
        }
        System.out.printf(
                "before: %d tickets, %d calls, %d complaints with evidence, %d documents, %d audit entries;"
                        + " %d tickets written while the backup ran (%d acknowledged before it began, %d after it"
                        + " ended), backup in %.1f s%n",
                TICKETS,
                CALLS,
                COMPLAINTS,
                DOCUMENTS,
                audit.getInt("entriesChecked"),
                acknowledged.size(),
                beforeBackup.size(),
                afterBackup.size(),
                (ended - began) / 1000.0);
    }

    private static void after(Path stateFile) throws Exception {
        Properties state = new Properties();
        try (Reader in = Files.newBufferedReader(stateFile, StandardCharsets.UTF_8)) {
            state.load(in);
        }
        Api agent = Api.as("backup.agent", PASSWORD);
        Api officer = Api.as("backup.officer", PASSWORD);
        Api admin = admin();

        // Every write acknowledged before the snapshot is there; none acknowledged after the backup ended.
        List<String> before = list(state.getProperty("written.before"));
        List<String> after = list(state.getProperty("written.after"));
        for (String number : before) {
            check(agent.get("/api/v1/tickets/" + number).status(), 200);
        }
        for (String number : after) {
            check(agent.get("/api/v1/tickets/" + number).status(), 404);
        }
        System.out.printf(
                "after: all %d tickets acknowledged before the backup began are back; none of the %d acknowledged"
                        + " after it ended%n",
                before.size(), after.size());

        // Contents: an Arabic subject, evidence bytes, an identity unsealed with the restored key.
        JsonObject ticket = agent.get("/api/v1/tickets/" + state.getProperty("sample.ticket"))
                .object();
        expect(state.getProperty("sample.subject"), ticket.getString("subject"), "the ticket's subject");
        String complaint = state.getProperty("complaint.3");
        var evidence = officer.download(
                "/api/v1/complaints/" + complaint + "/evidence/" + state.getProperty("complaint.3.evidence"));
        check(evidence.statusCode(), 200);
        expect(state.getProperty("complaint.3.sha256"), sha256(evidence.body()), "the evidence's bytes");
        for (int i = 0; i < COMPLAINTS; i++) {
            String number = state.getProperty("complaint." + i);
            long id = evidenceId(officer, number);
            expect(
                    state.getProperty("complaint." + i + ".sha256"),
                    sha256(officer.download("/api/v1/complaints/" + number + "/evidence/" + id)
                            .body()),
                    "evidence of " + number);
        }
        JsonObject identity = officer.post(
                        "/api/v1/complaints/" + complaint + "/unsealing",
                        "{\"reason\":\"التحقق من الاستعادة بعد النسخ\"}")
                .object();
        expect("حسين علي", identity.getString("name"), "the unsealed identity");
        System.out.println("after: Arabic subject, the evidence of all " + COMPLAINTS
                + " complaints (SHA-256) and a sealed identity are as before");

        // Documents: the signature made before the backup verifies; the restored secret opens the signing key.
        Api anyone = Api.anonymous();
        expect(
                "GENUINE_VALID",
                postText(anyone, "/api/v1/public/verification", state.getProperty("document.payload"))
                        .object()
                        .getString("outcome"),
                "the old signature");
        expect(
                "GENUINE_VALID",
                anyone.get("/api/v1/public/verification?number=BK1000&code=" + state.getProperty("document.code"))
                        .object()
                        .getString("outcome"),
                "the document by number and code");
        expect(
                "GENUINE_REVOKED",
                postText(
                                anyone,
                                "/api/v1/public/verification",
                                admin.get("/api/v1/documents/payload/BK1001")
                                        .object()
                                        .getString("payload"))
                        .object()
                        .getString("outcome"),
                "a new signature of the revoked document");
        System.out.println("after: documents verify (old signature, number and code, a new signature)");

        // The audit chain, keyed with the restored key, is whole.
        JsonObject audit = admin.post("/api/v1/audit/verification", "").object();
        if (!audit.getBoolean("intact")) {
            throw new IllegalStateException("the audit chain is broken after the restore: " + audit);
        }
        System.out.println("after: audit chain intact, " + audit.getInt("entriesChecked") + " entries");

        // The calls.
        expect(
                Integer.toString(CALLS),
                Long.toString(count("select count(*) from call_record where linkedid like '1790000000.%'"
                        + " and disposition = 'ANSWERED' and talk_seconds = 30")),
                "answered calls in the call log");

        // Search, from the index rebuilt at start, answers as before; the tickets written during the backup are
        // found as many as the restored database holds.
        String filled = state.getProperty("search.filled");
        SystemUnderTest.eventually(
                Duration.ofSeconds(300),
                "search to find the filled tickets again",
                () -> String.join(",", searchNumbers(agent, FILLED)),
                filled::equals);
        long written = count("select count(*) from ticket where subject like '" + WRITTEN + "%'");
        SystemUnderTest.eventually(
                Duration.ofSeconds(300),
                "search to find the tickets written during the backup",
                () -> searchTotal(agent, WRITTEN) == written);
        System.out.printf(
                "after: search finds the same %d filled tickets as before and all %d written during the backup%n",
                TICKETS, written);
    }

    private static Api.Answer postText(Api as, String path, String text) throws Exception {
        return as.postBytes(path, "text/plain; charset=UTF-8", text.getBytes(StandardCharsets.UTF_8));
    }

    private static String ticket(Api agent, String subject) throws Exception {
        Api.Answer created = agent.post(
                "/api/v1/tickets",
                "{\"type\":\"ENQUIRY\",\"channel\":\"PHONE\",\"subject\":\"" + subject + "\",\"teamCode\":\"FRONT\"}");
        check(created, 201, "ticket");
        return created.object().getString("number");
    }

    private static long evidenceId(Api officer, String complaint) throws Exception {
        return officer.get("/api/v1/complaints/" + complaint)
                .object()
                .getJsonArray("evidence")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
    }

    private static long searchTotal(Api agent, String words) throws Exception {
        return search(agent, words).getInt("total");
    }

    /** The numbers search finds, all pages, sorted: the same set before and after, whatever order scoring gives. */
    private static TreeSet<String> searchNumbers(Api agent, String words) throws Exception {
        TreeSet<String> numbers = new TreeSet<>();
        for (int page = 0; ; page++) {
            JsonObject tickets = search(agent, words, "&size=100&page=" + page);
            var hits = tickets.getJsonArray("hits").getValuesAs(JsonObject.class);
            hits.forEach(hit -> numbers.add(hit.getString("number")));
            if (hits.isEmpty() || numbers.size() >= tickets.getInt("total")) {
                return numbers;
            }
        }
    }

    private static JsonObject search(Api agent, String words) throws Exception {
        return search(agent, words, "");
    }

    private static JsonObject search(Api agent, String words, String paging) throws Exception {
        Api.Answer answer = agent.get(
                "/api/v1/search?q=" + URLEncoder.encode("\"" + words + "\"", StandardCharsets.UTF_8) + paging);
        check(answer, 200, "search");
        return answer.object().getJsonObject("tickets");
    }

    private static long count(String sql) throws Exception {
        try (Connection db = SystemUnderTest.database();
                ResultSet rows = db.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static List<String> list(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(","));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static void check(Api.Answer answer, int status, String what) {
        if (answer.status() != status) {
            throw new IllegalStateException(what + ": " + answer.status() + " " + answer.text());
        }
    }

    private static void check(int actual, int expected) {
        if (actual != expected) {
            throw new IllegalStateException("status " + actual + ", expected " + expected);
        }
    }

    private static void expect(String expected, String actual, String what) throws IOException {
        if (!expected.equals(actual)) {
            throw new IllegalStateException(what + ": expected " + expected + ", found " + actual);
        }
    }
}
