package org.hotline.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The benchmarks of ticket creation and the ticket list.
 *
 * <ol>
 * <li>Ticket creation through the REST API with 16 concurrent clients: throughput and p50/p99 latency, beside the
 * raw durable single-row insert rate of the same MariaDB with the same 16 concurrent connections (autocommit, so
 * every insert is its own durable commit), measured in the same run.</li>
 * <li>The ticket list: the first page of 50 of 100,000 tickets, filtered by team and status, through the API
 * (p50/p99 seen by a client on loopback), beside the same SQL run directly over JDBC.</li>
 * </ol>
 *
 * The clients sign in as an integration does: the first administrator makes a personal API token for the
 * benchmark's agent through the API at setup, and every request carries it as {@code Authorization: Bearer}.
 *
 * Arguments: base URL, JDBC URL, database password, seconds per timed phase, the first administrator's password.
 */
public final class TicketBenchmark {

    private static final int CLIENTS = 16;
    private static final String USER = "bench.agent";
    private static final String PASSWORD = "a benchmark passphrase 5599";

    private final String baseUrl;
    private final String jdbcUrl;
    private final String dbPassword;
    private final Duration phase;
    private final String adminPassword;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    /** {@code Bearer h5599_…}, made by the administrator for the benchmark's agent in {@link #createUser()}. */
    private String bearer;

    private TicketBenchmark(String[] args) {
        baseUrl = args[0];
        jdbcUrl = args[1];
        dbPassword = args[2];
        phase = Duration.ofSeconds(Long.parseLong(args[3]));
        adminPassword = args[4];
    }

    public static void main(String[] args) throws Exception {
        new TicketBenchmark(args).run();
    }

    private void run() throws Exception {
        createUser();
        apiCreates(); // warm-up, not counted: the server's JIT and pools, as after a morning's first calls
        Result raw = rawInserts();
        Result api = apiCreates();
        System.out.printf(Locale.ROOT, "creation  raw-insert %s%n", raw);
        System.out.printf(Locale.ROOT, "creation  api-create %s%n", api);
        System.out.printf(Locale.ROOT, "creation  ratio api/raw throughput %.3f%n", api.perSecond() / raw.perSecond());

        seed(100_000);
        listByApi(); // warm-up, not counted
        Result sql = listBySql();
        Result list = listByApi();
        System.out.printf(Locale.ROOT, "list      raw-sql    %s%n", sql);
        System.out.printf(Locale.ROOT, "list      api-page   %s%n", list);
        System.out.printf(
                Locale.ROOT,
                "list      ratio api/sql p50 %.2f p99 %.2f%n",
                list.p50() / sql.p50(),
                list.p99() / sql.p99());
    }

    /** Throughput and latency percentiles in milliseconds. */
    record Result(long operations, double seconds, double p50, double p99) {
        double perSecond() {
            return operations / seconds;
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "ops %d in %.1f s = %.1f/s, p50 %.2f ms, p99 %.2f ms",
                    operations,
                    seconds,
                    perSecond(),
                    p50,
                    p99);
        }
    }

    /** One timed operation of a client. */
    @FunctionalInterface
    interface Operation {
        void run() throws Exception;
    }

    /** Each client runs its operation in a loop for the phase; the latencies of all are pooled. */
    private Result concurrently(int clients, java.util.function.Supplier<Operation> perClient) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicBoolean stop = new AtomicBoolean();
        List<Future<List<Long>>> futures = new ArrayList<>();
        Instant start = Instant.now();
        for (int i = 0; i < clients; i++) {
            Operation operation = perClient.get();
            futures.add(pool.submit(() -> {
                List<Long> nanos = new ArrayList<>();
                while (!stop.get()) {
                    long t0 = System.nanoTime();
                    operation.run();
                    nanos.add(System.nanoTime() - t0);
                }
                return nanos;
            }));
        }
        Thread.sleep(phase.toMillis());
        stop.set(true);
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> future : futures) {
            all.addAll(future.get());
        }
        double seconds = Duration.between(start, Instant.now()).toNanos() / 1e9;
        pool.shutdown();
        Collections.sort(all);
        return new Result(all.size(), seconds, Latencies.percentile(all, 0.50), Latencies.percentile(all, 0.99));
    }

    private Connection db() throws Exception {
        return DriverManager.getConnection(jdbcUrl, "hotline", dbPassword);
    }

    private void createUser() throws Exception {
        BenchUsers.agent(jdbcUrl, dbPassword, USER, PASSWORD);
        // the application's database user may not create tables: the baseline's table is made as the migrations' user
        try (Connection db = DriverManager.getConnection(
                        jdbcUrl,
                        System.getenv("HOTLINE_DB_MIGRATION_USER"),
                        System.getenv("HOTLINE_DB_MIGRATION_PASSWORD"));
                Statement statement = db.createStatement()) {
            statement.executeUpdate("create table if not exists bench_insert (id bigint auto_increment primary key,"
                    + " subject varchar(200) not null, created_at datetime(6) not null) engine=InnoDB"
                    + " default charset=utf8mb4");
        }
        bearer = "Bearer " + BenchUsers.apiToken(baseUrl, adminPassword, USER);
    }

    /** The baseline: one row, one commit, per operation, on 16 connections at once. */
    private Result rawInserts() throws Exception {
        List<Connection> connections = Collections.synchronizedList(new ArrayList<>());
        try {
            return concurrently(CLIENTS, () -> {
                try {
                    Connection connection = db();
                    connections.add(connection);
                    PreparedStatement insert = connection.prepareStatement(
                            "insert into bench_insert (subject, created_at) values (?, utc_timestamp(6))");
                    return () -> {
                        insert.setString(1, "استفسار عن تجديد جواز السفر");
                        insert.executeUpdate();
                    };
                } catch (Exception unreachable) {
                    throw new IllegalStateException(unreachable);
                }
            });
        } finally {
            for (Connection connection : connections) {
                connection.close();
            }
        }
    }

    /**
     * Ticket creation as an integration does it: its personal API token as Bearer on every request (one index
     * lookup; the server keeps no session for it), each client on its own connection.
     */
    private Result apiCreates() throws Exception {
        String body = "{\"type\":\"ENQUIRY\",\"channel\":\"PHONE\",\"subject\":\"استفسار عن تجديد جواز السفر\","
                + "\"teamCode\":\"FRONT\"}";
        return concurrently(CLIENTS, () -> {
            HttpClient client = HttpClient.newBuilder().build();
            return () -> {
                HttpResponse<String> response =
                        client.send(post("/api/v1/tickets", body), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 201) {
                    throw new IllegalStateException(response.statusCode() + " " + response.body());
                }
            };
        });
    }

    private HttpRequest post(String path, String json) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .header("Authorization", bearer)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
    }

    /**
     * Tickets spread over teams, statuses and two years, written in batches straight into the table. The open ones
     * are long past due, so breached, as the SLA watch leaves them: with nothing left to change, they cost it nothing.
     */
    private void seed(int tickets) throws Exception {
        try (Connection db = db()) {
            long existing;
            try (Statement count = db.createStatement();
                    ResultSet rows = count.executeQuery("select count(*) from ticket")) {
                rows.next();
                existing = rows.getLong(1);
            }
            db.setAutoCommit(false);
            String[] statuses = {"NEW", "OPEN", "PENDING_CITIZEN", "RESOLVED", "CLOSED"};
            try (PreparedStatement insert = db.prepareStatement("insert into ticket (type, channel, priority, status,"
                    + " subject, team_id, created_at, created_by, updated_at, first_response_minutes,"
                    + " resolution_minutes, sla_state, resolution_due_at) values ('ENQUIRY', 'PHONE', 'NORMAL', ?, ?,"
                    + " (select id from team order by id limit 1 offset ?), ?, 'seed', ?, 60, 480, ?, ?)")) {
                LocalDateTime start =
                        LocalDateTime.ofInstant(Instant.now().minus(Duration.ofDays(730)), ZoneOffset.UTC);
                for (long i = existing; i < tickets; i++) {
                    LocalDateTime created = start.plusMinutes(i * 10);
                    String status = statuses[(int) (i % statuses.length)];
                    insert.setString(1, status);
                    insert.setString(2, "تذكرة رقم " + i + " عن خدمة إلكترونية");
                    insert.setInt(3, (int) (i % 3));
                    insert.setObject(4, created);
                    insert.setObject(5, created);
                    boolean done = status.equals("RESOLVED") || status.equals("CLOSED");
                    insert.setString(6, done ? "ON_TRACK" : "BREACHED");
                    insert.setObject(7, done ? null : created.plusHours(8));
                    insert.addBatch();
                    if (i % 5000 == 0) {
                        insert.executeBatch();
                        db.commit();
                    }
                }
                insert.executeBatch();
                db.commit();
            }
        }
    }

    private static final String LIST_SQL = "select t.id, t.type, t.status, t.priority, t.subject, c.full_name,"
            + " a.username, tm.code, t.created_at, t.resolution_due_at, t.sla_state from ticket t"
            + " left join citizen c on c.id = t.citizen_id left join user_account a on a.id = t.assignee_id"
            + " left join team tm on tm.id = t.team_id where t.status = 'OPEN' and tm.code = 'PORTAL'"
            + " order by t.created_at desc, t.id desc limit 50";
    private static final String COUNT_SQL = "select count(*) from ticket t left join team tm on tm.id = t.team_id"
            + " where t.status = 'OPEN' and tm.code = 'PORTAL'";

    /** The baseline: the same page and count straight over JDBC, by one client. */
    private Result listBySql() throws Exception {
        try (Connection db = db()) {
            return concurrently(1, () -> () -> {
                try (Statement statement = db.createStatement()) {
                    try (ResultSet rows = statement.executeQuery(LIST_SQL)) {
                        while (rows.next()) {
                            rows.getString(5);
                        }
                    }
                    try (ResultSet count = statement.executeQuery(COUNT_SQL)) {
                        count.next();
                    }
                }
            });
        }
    }

    /** The first page of 50, filtered, as the agents' list and the API ask for it, by one client. */
    private Result listByApi() throws Exception {
        HttpClient client = HttpClient.newBuilder().build();
        HttpRequest page = HttpRequest.newBuilder(
                        URI.create(baseUrl + "/api/v1/tickets?status=OPEN&team=PORTAL&size=50"))
                .header("Authorization", bearer)
                .GET()
                .build();
        return concurrently(1, () -> () -> {
            HttpResponse<String> response = client.send(page, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 || !response.body().contains("\"size\":50")) {
                throw new IllegalStateException(response.statusCode() + " " + response.body());
            }
        });
    }
}
