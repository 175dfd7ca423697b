package org.hotline.it;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hotline.audit.AuditChain;
import org.hotline.common.Role;

/**
 * The benchmarks of the audit log, run by scripts/bench-audit.sh against a provisioned server and its
 * MariaDB (not by the test suite).
 * <ol>
 * <li><b>Appending under 8 concurrent writers</b>: 8 officers read a complaint over and over through the API, each
 * read appending one audit entry in its transaction; beside it, in the same run, 8 agents read the same ticket
 * through the ticket API, which audits nothing. After the phase the verifier must find the chain intact, and the
 * entries must be exactly the reads, numbered without a gap.</li>
 * <li><b>Verifying a chain of 1,000,000 entries</b>: the chain is extended to a million entries (straight into the
 * tables, each hashed as the application hashes), then the verifier walks it through the API; the baseline is reading
 * the same rows over JDBC in the same batches, without hashing, in the same run.</li>
 * </ol>
 * Arguments: runs, seconds per phase. System properties as for the system tests.
 */
public final class AuditBenchmark {

    private static final int WRITERS = 8;
    private static final String PASSWORD = "a benchmark passphrase 5599";
    private static final int CHAIN = 1_000_000;
    /** The server's audit key, which bench-server.sh exports to both: the filled chain must verify with it. */
    private static final byte[] AUDIT_KEY = org.hotline.audit.AuditKey.parse(System.getenv("HOTLINE_AUDIT_KEY"));

    private AuditBenchmark() {}

    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(args[0]);
        Duration phase = Duration.ofSeconds(Long.parseLong(args[1]));
        SystemUnderTest.ensureUser("bench.officer", "Bench Officer", PASSWORD, Role.OFFICER);
        SystemUnderTest.ensureUser("bench.agent", "Bench Agent", PASSWORD, Role.AGENT);
        // each account's clients send a personal API token as Bearer on every request, as integrations do
        String officer = bearer("bench.officer");
        String agent = bearer("bench.agent");
        String number = SystemUnderTest.fileComplaint(Api.as("bench.agent", PASSWORD), false)
                .getString("number");
        for (int run = 0; run <= runs; run++) {
            Phase plain = reads(agent, "/api/v1/tickets/" + number, phase);
            long before = Long.parseLong(SystemUnderTest.queryString("select coalesce(max(id), 0) from audit_entry"));
            Phase audited = reads(officer, "/api/v1/complaints/" + number, phase);
            String entries = SystemUnderTest.queryString(
                    "select concat(count(*), ' ', coalesce(min(id), 0), ' ',"
                            + " coalesce(max(id), 0)) from audit_entry where id > ? and action = 'COMPLAINT_VIEWED'",
                    before);
            String[] counted = entries.split(" ");
            long reads = audited.operations() + WRITERS; // each client's first, untimed read is audited too
            boolean gapFree = Long.parseLong(counted[0]) == reads
                    && Long.parseLong(counted[2]) - Long.parseLong(counted[1]) + 1 == reads;
            JsonObject verified = verify();
            if (run == 0) {
                System.out.println("warm-up run: not counted");
                continue;
            }
            System.out.printf(Locale.ROOT, "== run %d: %d writers, %d s per phase%n", run, WRITERS, phase.toSeconds());
            System.out.printf(Locale.ROOT, "plain    ticket reads, nothing audited: %s%n", plain);
            System.out.printf(Locale.ROOT, "audited  complaint reads, one entry each: %s%n", audited);
            System.out.printf(Locale.ROOT, "ratio    audited/plain = %.3f%n", audited.perSecond() / plain.perSecond());
            System.out.printf(
                    Locale.ROOT,
                    "chain    %s entries for %d reads, gap-free %b, verifier intact %b%n",
                    counted[0],
                    reads,
                    gapFree,
                    verified.getBoolean("intact"));
            if (!gapFree || !verified.getBoolean("intact")) {
                throw new IllegalStateException("the chain is not whole: " + verified);
            }
        }
        extendChainTo(CHAIN);
        for (int run = 1; run <= runs; run++) {
            double raw = readAllRows();
            long start = System.nanoTime();
            JsonObject verified = verify();
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "verify   %d entries in %.2f s (the verifier's own %.2f s), intact %b;"
                            + " JDBC read of the same rows %.2f s; ratio %.2f%n",
                    verified.getJsonNumber("entriesChecked").longValue(),
                    seconds,
                    verified.getJsonNumber("millis").longValue() / 1000.0,
                    verified.getBoolean("intact"),
                    raw,
                    seconds / raw);
        }
    }

    /** One phase: reads done, seconds, latency percentiles. */
    private record Phase(long operations, double seconds, double p50, double p99) {

        double perSecond() {
            return operations / seconds;
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "%d in %.1f s = %.1f/s, p50 %.2f ms, p99 %.2f ms",
                    operations,
                    seconds,
                    perSecond(),
                    p50,
                    p99);
        }
    }

    /** A personal API token for the account, made by the first administrator through the API: "Bearer h5599_…". */
    private static String bearer(String username) throws Exception {
        Api.Answer made = Api.as("admin", SystemUnderTest.ADMIN_PASSWORD)
                .post(
                        "/api/v1/api-tokens",
                        "{\"username\":\"" + username + "\",\"name\":\"benchmark " + Instant.now() + "\"}");
        if (made.status() != 201) {
            throw new IllegalStateException("making the API token: " + made.status() + " " + made.text());
        }
        return "Bearer " + made.object().getString("token");
    }

    /**
     * WRITERS clients, each sending the Authorization header on every request (the server keeps no session for it),
     * reading the path for the phase after one untimed read.
     */
    private static Phase reads(String authorization, String path, Duration phase) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<List<Long>>> clients = new ArrayList<>();
        Instant end = Instant.now().plus(phase);
        long begin = System.nanoTime();
        for (int i = 0; i < WRITERS; i++) {
            clients.add(pool.submit(() -> {
                HttpClient http = HttpClient.newBuilder().build();
                get(http, path, authorization); // untimed: the connection and the first read
                List<Long> latencies = new ArrayList<>();
                while (Instant.now().isBefore(end)) {
                    long started = System.nanoTime();
                    get(http, path, authorization);
                    latencies.add(System.nanoTime() - started);
                }
                return latencies;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> client : clients) {
            all.addAll(client.get());
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        pool.shutdown();
        all.sort(null);
        return new Phase(all.size(), seconds, percentile(all, 0.50), percentile(all, 0.99));
    }

    private static void get(HttpClient http, String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(SystemUnderTest.BASE_URL + path))
                .header("Accept", "application/json")
                .GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private static JsonObject verify() throws Exception {
        return Api.as("admin", SystemUnderTest.ADMIN_PASSWORD)
                .post("/api/v1/audit/verification", "")
                .object();
    }

    /** Appends entries straight into the chain, hashed as the application hashes them, up to {@code total}. */
    private static void extendChainTo(long total) throws Exception {
        try (Connection db = SystemUnderTest.database()) {
            db.setAutoCommit(false);
            while (true) {
                long last;
                String hash;
                try (PreparedStatement head = db.prepareStatement(
                                "select last_id, last_hash from audit_head where id = 1 for update");
                        ResultSet row = head.executeQuery()) {
                    row.next();
                    last = row.getLong(1);
                    hash = row.getString(2);
                }
                if (last >= total) {
                    db.commit();
                    return;
                }
                long upTo = Math.min(total, last + 10_000);
                try (PreparedStatement insert = db.prepareStatement(
                        "insert into audit_entry (id, at, actor, action,"
                                + " target_type, target_id, reason, detail, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    Instant at = AuditChain.stored(Instant.now());
                    for (long id = last + 1; id <= upTo; id++) {
                        String target = Long.toString(100_000 + id % 50_000);
                        String next = AuditChain.hash(
                                AUDIT_KEY,
                                hash,
                                id,
                                at,
                                "bench.officer",
                                "COMPLAINT_VIEWED",
                                "complaint",
                                target,
                                null,
                                null);
                        insert.setLong(1, id);
                        insert.setObject(2, java.time.LocalDateTime.ofInstant(at, java.time.ZoneOffset.UTC));
                        insert.setString(3, "bench.officer");
                        insert.setString(4, "COMPLAINT_VIEWED");
                        insert.setString(5, "complaint");
                        insert.setString(6, target);
                        insert.setString(7, null);
                        insert.setString(8, null);
                        insert.setString(9, hash);
                        insert.setString(10, next);
                        insert.addBatch();
                        hash = next;
                    }
                    insert.executeBatch();
                }
                try (PreparedStatement head =
                        db.prepareStatement("update audit_head set last_id = ?, last_hash = ? where id = 1")) {
                    head.setLong(1, upTo);
                    head.setString(2, hash);
                    head.executeUpdate();
                }
                db.commit();
            }
        }
    }

    /** The baseline: the verifier's reads, in the same batches, over JDBC, without hashing. */
    private static double readAllRows() throws Exception {
        long start = System.nanoTime();
        long rows = 0;
        try (Connection db = SystemUnderTest.database();
                PreparedStatement read = db.prepareStatement(
                        "select id, at, actor, action, target_type, target_id, reason, detail, prev_hash, hash from audit_entry"
                                + " where id > ? order by id limit 10000")) {
            long after = 0;
            while (true) {
                read.setLong(1, after);
                int batch = 0;
                try (ResultSet result = read.executeQuery()) {
                    while (result.next()) {
                        after = result.getLong(1);
                        result.getObject(2);
                        result.getString(10);
                        batch++;
                    }
                }
                rows += batch;
                if (batch < 10_000) {
                    break;
                }
            }
        }
        if (rows == 0) {
            throw new IllegalStateException("no rows");
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static double percentile(List<Long> sorted, double p) {
        return sorted.isEmpty()
                ? -1
                : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }
}
