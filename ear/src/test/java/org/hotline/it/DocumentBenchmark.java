package org.hotline.it;

import java.io.BufferedWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.hotline.document.ShortCode;

/**
 * The benchmarks of secure documents, run by scripts/bench-documents.sh against a provisioned server and its
 * MariaDB (not by the test suite).
 * <ol>
 * <li><b>Importing the registry</b>: a file of {@code rows} documents (7,000,000, the size of the registry the hotline expects) written into the
 * server's inbox and imported through the API, timed from the start to the end of the import; beside it, in the same
 * run, the raw batched-insert rate of the same database: the same rows' columns inserted over JDBC into a copy of the
 * table, 5,000 a batch and a commit, without reading a file, checking rows or hashing holders.</li>
 * <li><b>Verifying random documents</b> among them through the public endpoint (number and short code), 8 clients;
 * beside it, in the same run, 8 JDBC clients reading the same table by primary key.</li>
 * </ol>
 * Arguments: rows, raw rows (for the baseline), runs, seconds per verification phase. System properties as for the
 * system tests, plus hotline.document.inbox.
 */
public final class DocumentBenchmark {

    private static final int CLIENTS = 8;
    private static final String[] INSTITUTIONS = {"MOI", "MOH", "MOHESR", "MOJ", "MOLSA", "GCT", "NDC", "TRAFFIC"};
    private static final String[] TYPES = {"OFFICIAL_LETTER", "OFFICIAL_BOOK", "CERTIFICATE", "CONFIRMATION"};
    private static final LocalDate FIRST_ISSUE = LocalDate.of(2022, 5, 1);

    private DocumentBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rows = Integer.parseInt(args[0]);
        int rawRows = Integer.parseInt(args[1]);
        int runs = Integer.parseInt(args[2]);
        Duration phase = Duration.ofSeconds(Long.parseLong(args[3]));
        Api admin = Api.as("admin", SystemUnderTest.ADMIN_PASSWORD);

        Path inbox = Path.of(System.getProperty("hotline.document.inbox"));
        Files.createDirectories(inbox);
        long written = System.nanoTime();
        writeFile(inbox.resolve("registry.csv"), rows);
        System.out.printf("file     %d rows written in %.1f s%n", rows, (System.nanoTime() - written) / 1e9);

        long started = System.nanoTime();
        Api.Answer start = admin.post("/api/v1/document-imports", "{\"file\":\"registry.csv\"}");
        if (start.status() != 202) {
            throw new IllegalStateException("import not started: " + start.text());
        }
        long id = start.object().getJsonNumber("id").longValue();
        String state;
        do {
            Thread.sleep(2000);
            state = admin.get("/api/v1/document-imports/" + id).object().getString("state");
        } while ("RUNNING".equals(state));
        double importSeconds = (System.nanoTime() - started) / 1e9;
        var finished = admin.get("/api/v1/document-imports/" + id).object();
        System.out.printf(
                "import   %d inserted, %d rejected, state %s, in %.1f s = %.0f rows/s%n",
                finished.getJsonNumber("inserted").longValue(),
                finished.getJsonNumber("rejected").longValue(),
                state,
                importSeconds,
                rows / importSeconds);
        double raw = rawInserts(rawRows);
        System.out.printf(
                "raw      %d rows batch-inserted over JDBC at %.0f rows/s; ratio import/raw %.3f%n",
                rawRows, raw, rows / importSeconds / raw);

        List<double[]> measured = new ArrayList<>();
        for (int run = 0; run <= runs; run++) {
            Phase app = verifications(rows, phase);
            Phase jdbc = lookups(rows, phase);
            double[] figures = {app.rate(), app.p50, app.p99, jdbc.rate(), jdbc.p50, jdbc.p99, app.rate() / jdbc.rate()
            };
            System.out.println((run == 0 ? "warm-up" : "run " + run) + " " + line(figures));
            if (run > 0) {
                measured.add(figures);
            }
        }
        double[] median = new double[7];
        for (int f = 0; f < median.length; f++) {
            int field = f;
            List<Double> values =
                    new ArrayList<>(measured.stream().map(m -> m[field]).toList());
            Collections.sort(values);
            median[f] = values.get(values.size() / 2);
        }
        System.out.println("median " + line(median));
    }

    private static String line(double[] f) {
        return String.format(
                "verify %.0f/s, p50 %.2f ms, p99 %.2f ms; pk read %.0f/s, p50 %.2f ms, p99 %.2f ms;" + " ratio %.3f",
                f[0], f[1], f[2], f[3], f[4], f[5], f[6]);
    }

    static String number(int i) {
        return String.format("D%08d", i);
    }

    private static byte[] digest(String number) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(number.getBytes(StandardCharsets.UTF_8));
    }

    private static void writeFile(Path file, int rows) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        HexFormat hex = HexFormat.of();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("document_number,institution_code,document_type,issue_date,subject,holder_name,content_sha256\n");
            for (int i = 0; i < rows; i++) {
                String number = number(i);
                out.write(number + "," + INSTITUTIONS[i % INSTITUTIONS.length] + "," + TYPES[i % TYPES.length] + ","
                        + FIRST_ISSUE.plusDays(i % 1600) + ",كتاب رسمي بتأييد صحة صدور رقم " + i + ",مواطن رقم " + i
                        + "," + hex.formatHex(sha.digest(number.getBytes(StandardCharsets.UTF_8))) + "\n");
            }
        }
    }

    /**
     * The same columns, batch-inserted into a copy of the table: the database's own pace. The copy is made and dropped
     * by the schema's owner, as the application's user may not; the rows go in as the application's user.
     */
    private static double rawInserts(int rows) throws Exception {
        try (Connection owner = SystemUnderTest.migrationDatabase()) {
            owner.createStatement().execute("drop table if exists secure_document_raw");
            owner.createStatement().execute("create table secure_document_raw like secure_document");
        }
        double rate;
        try (Connection db = SystemUnderTest.database()) {
            db.setAutoCommit(false);
            byte[] holder = new byte[32];
            long started = System.nanoTime();
            try (PreparedStatement insert = db.prepareStatement("insert ignore into secure_document_raw"
                    + " (document_number, institution_code, document_type, issue_date, subject, holder_hash,"
                    + " content_digest, import_id) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < rows; i++) {
                    String number = number(i);
                    insert.setString(1, number);
                    insert.setString(2, INSTITUTIONS[i % INSTITUTIONS.length]);
                    insert.setString(3, TYPES[i % TYPES.length]);
                    insert.setDate(4, Date.valueOf(FIRST_ISSUE.plusDays(i % 1600)));
                    insert.setString(5, "كتاب رسمي بتأييد صحة صدور رقم " + i);
                    insert.setBytes(6, holder);
                    insert.setBytes(7, digest(number));
                    insert.setLong(8, 1);
                    insert.addBatch();
                    if ((i + 1) % 5000 == 0) {
                        insert.executeBatch();
                        db.commit();
                    }
                }
                insert.executeBatch();
                db.commit();
            }
            rate = rows / ((System.nanoTime() - started) / 1e9);
        }
        try (Connection owner = SystemUnderTest.migrationDatabase()) {
            owner.createStatement().execute("drop table secure_document_raw");
        }
        return rate;
    }

    private record Phase(long operations, double seconds, double p50, double p99) {
        double rate() {
            return operations / seconds;
        }
    }

    @FunctionalInterface
    private interface Client {
        /** Runs operations until the deadline, adding each one's latency in ms. */
        void run(long deadline, List<Double> latencies) throws Exception;
    }

    private static Phase measure(Client client, Duration phase) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<List<Double>>> futures = new ArrayList<>();
        long started = System.nanoTime();
        long deadline = started + phase.toNanos();
        for (int c = 0; c < CLIENTS; c++) {
            futures.add(pool.submit(() -> {
                List<Double> latencies = new ArrayList<>();
                client.run(deadline, latencies);
                return latencies;
            }));
        }
        List<Double> all = new ArrayList<>();
        for (Future<List<Double>> future : futures) {
            all.addAll(future.get());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        Collections.sort(all);
        return new Phase(all.size(), seconds, all.get(all.size() / 2), all.get((int) (all.size() * 0.99)));
    }

    private static Phase verifications(int rows, Duration phase) throws Exception {
        return measure(
                (deadline, latencies) -> {
                    HttpClient http = HttpClient.newHttpClient();
                    while (System.nanoTime() < deadline) {
                        String number = number(ThreadLocalRandom.current().nextInt(rows));
                        String code = ShortCode.of(digest(number));
                        long began = System.nanoTime();
                        HttpResponse<String> answer = http.send(
                                HttpRequest.newBuilder(URI.create(SystemUnderTest.BASE_URL
                                                + "/api/v1/public/verification?number=" + number + "&code=" + code))
                                        .GET()
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                        latencies.add((System.nanoTime() - began) / 1e6);
                        if (answer.statusCode() != 200 || !answer.body().contains("GENUINE_VALID")) {
                            throw new IllegalStateException(number + ": " + answer.statusCode() + " " + answer.body());
                        }
                    }
                },
                phase);
    }

    private static Phase lookups(int rows, Duration phase) throws Exception {
        return measure(
                (deadline, latencies) -> {
                    try (Connection db = SystemUnderTest.database();
                            PreparedStatement read = db.prepareStatement(
                                    "select document_number, institution_code, document_type, issue_date, content_digest, status,"
                                            + " status_changed_on, status_reason, superseded_by from secure_document"
                                            + " where document_number = ?")) {
                        while (System.nanoTime() < deadline) {
                            read.setString(1, number(ThreadLocalRandom.current().nextInt(rows)));
                            long began = System.nanoTime();
                            try (ResultSet row = read.executeQuery()) {
                                if (!row.next()) {
                                    throw new IllegalStateException("missing row");
                                }
                            }
                            latencies.add((System.nanoTime() - began) / 1e6);
                        }
                    }
                },
                phase);
    }
}
