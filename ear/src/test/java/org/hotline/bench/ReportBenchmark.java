package org.hotline.bench;

import java.net.CookieManager;
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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The benchmark: a month of a national hotline's traffic, 300,000 calls and 200,000 tickets (a sixth of them
 * callback tasks of the calls), with 120 agents' sign-ins and pauses and 3,000 complaints about staff with their case
 * decisions, written straight into a fresh database; then every report through the API, for the month and for one
 * day, by every breakdown (calls, tickets, agents; complaints as an officer; the calls by agent as an Excel workbook;
 * the daily summary PDF for the day): p50 and p95 of the time to render (answer) them, after a warm-up.
 * Beside it, in the same run, the query plan's choice: the same aggregate over JDBC with the {@code entered_at}
 * index, and forced to read the whole table without it.
 *
 * Arguments: base URL, JDBC URL, database password, calls, tickets, runs, renders per run.
 */
public final class ReportBenchmark {

    private static final String USER = "bench.supervisor";
    private static final String OFFICER = "bench.officer";
    private static final String[] COMPLAINTS_BY = {"INSTITUTION", "ALLEGATION", "OUTCOME"};
    private static final String[] INSTITUTIONS = {"MOI", "MOH", "MOJ", "TRAFFIC", "GCT", "MOLSA", "NDC", "MOHESR"};
    private static final String[] ALLEGATIONS = {
        "EXTORTION",
        "BRIBE_REQUEST",
        "REFUSAL_TO_SERVE",
        "REFUSED_ELECTRONIC_DOCUMENT",
        "FIXER",
        "UNJUSTIFIED_DELAY",
        "MISCONDUCT",
        "OTHER"
    };
    private static final String[] PAUSES = {"BREAK", "PRAYER", "LUNCH", "TRAINING"};
    private static final int AGENTS = 120;
    private static final int COMPLAINTS = 3000;
    private static final String PASSWORD = "a benchmark passphrase 5599";
    private static final String[] QUEUES = {"enquiries", "registration", "complaints", "agents"};
    private static final String[] TOPICS = {"ENQUIRY", "REGISTRATION", "COMPLAINT", "TICKET_STATUS", "AGENT"};
    private static final String[] BY = {"DAY", "HOUR", "QUEUE", "TOPIC", "AGENT"};
    private static final String[] TICKETS_BY = {"TYPE", "E_SERVICE", "INSTITUTION"};
    /** The month measured: its last day is the day measured. */
    private static final LocalDate FIRST = LocalDate.of(2026, 10, 1);

    private static final LocalDate LAST = LocalDate.of(2026, 10, 31);

    private final String baseUrl;
    private final String jdbcUrl;
    private final String dbPassword;
    private final int calls;
    private final int tickets;
    private final int runs;
    private final int renders;
    private final HttpClient officerClient =
            HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    private ReportBenchmark(String[] args) {
        baseUrl = args[0];
        jdbcUrl = args[1];
        dbPassword = args[2];
        calls = Integer.parseInt(args[3]);
        tickets = Integer.parseInt(args[4]);
        runs = Integer.parseInt(args[5]);
        renders = Integer.parseInt(args[6]);
    }

    public static void main(String[] args) throws Exception {
        new ReportBenchmark(args).run();
    }

    private void run() throws Exception {
        BenchUsers.create(jdbcUrl, dbPassword, USER, PASSWORD, "SUPERVISOR");
        BenchUsers.create(jdbcUrl, dbPassword, OFFICER, PASSWORD, "OFFICER");
        long start = System.nanoTime();
        seed();
        System.out.printf(
                Locale.ROOT,
                "seed      %d calls and %d tickets in %.1f s%n",
                calls,
                tickets,
                (System.nanoTime() - start) / 1e9);
        HttpClient client =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        for (String by : BY) {
            render(client, "calls", FIRST, LAST, by, renders); // warm-up
        }
        for (String by : TICKETS_BY) {
            render(client, "tickets", FIRST, LAST, by, renders); // warm-up
        }
        render(client, USER, "agents?from=" + FIRST + "&to=" + LAST, renders); // warm-up
        render(client, OFFICER, "complaints?from=" + FIRST + "&to=" + LAST, renders); // warm-up
        render(client, USER, "daily.pdf?day=" + LAST, renders); // warm-up
        for (int run = 1; run <= runs; run++) {
            for (String by : BY) {
                print(run, "month", by, render(client, "calls", FIRST, LAST, by, renders));
                print(run, "day", by, render(client, "calls", LAST, LAST, by, renders));
            }
            for (String by : TICKETS_BY) {
                print(run, "month", by, render(client, "tickets", FIRST, LAST, by, renders));
                print(run, "day", by, render(client, "tickets", LAST, LAST, by, renders));
            }
            for (String period : new String[] {"month", "day"}) {
                LocalDate from = period.equals("month") ? FIRST : LAST;
                String days = "from=" + from + "&to=" + LAST;
                print(run, period, "agents", render(client, USER, "agents?" + days, renders));
                for (String by : COMPLAINTS_BY) {
                    print(run, period, "c-" + by, render(client, OFFICER, "complaints?" + days + "&by=" + by, renders));
                }
                print(run, period, "xlsx-AGENT", render(client, USER, "calls.xlsx?" + days + "&by=AGENT", renders));
                if (period.equals("day")) {
                    print(run, period, "daily-pdf", render(client, USER, "daily.pdf?day=" + LAST, renders));
                }
            }
            for (String period : new String[] {"month", "day"}) {
                print(run, period, "sql-index", sql(period, false, Math.max(3, renders / 4)));
                print(run, period, "sql-scan", sql(period, true, Math.max(3, renders / 4)));
            }
        }
    }

    private static void print(int run, String period, String by, double[] p50p95) {
        System.out.printf(
                Locale.ROOT, "render    run %d %-5s %-9s p50 %.1f p95 %.1f%n", run, period, by, p50p95[0], p50p95[1]);
    }

    private Connection db() throws Exception {
        return DriverManager.getConnection(jdbcUrl + "?rewriteBatchedStatements=true", "hotline", dbPassword);
    }

    /**
     * Calls over the month, busier by day than by night (none before 09:00 reach a queue: after hours), 85 % of the
     * offered answered, waits of 0 to 3 minutes, talks of 1 to 10; tickets over the same month, a sixth of them
     * callback tasks carrying an abandoned call.
     */
    private void seed() throws Exception {
        Random random = new Random(5599);
        List<String> abandonedIds = new ArrayList<>();
        try (Connection db = db()) {
            db.setAutoCommit(false);
            try (PreparedStatement insert = db.prepareStatement("insert into call_record (linkedid, caller, entered_at,"
                    + " queue_joined_at, answered_at, ended_at, queue, agent, wait_seconds, talk_seconds, disposition,"
                    + " ivr_choices, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                LocalDateTime monthStart = FIRST.atStartOfDay().minusHours(3); // Baghdad midnight in UTC
                for (int i = 0; i < calls; i++) {
                    LocalDateTime entered = monthStart.plusSeconds(random.nextInt(31 * 24 * 3600));
                    int localHour = entered.plusHours(3).getHour();
                    String linkedid = "17" + (10_000_000 + i) + ".1";
                    insert.setString(1, linkedid);
                    insert.setString(2, "077" + (10_000_000 + random.nextInt(89_999_999)));
                    insert.setObject(3, entered);
                    String topic = TOPICS[random.nextInt(TOPICS.length)];
                    if (localHour < 9) {
                        insert.setObject(4, null);
                        insert.setObject(5, null);
                        insert.setObject(6, entered.plusSeconds(20));
                        insert.setString(7, null);
                        insert.setString(8, null);
                        insert.setObject(9, null);
                        insert.setObject(10, null);
                        insert.setString(11, "AFTER_HOURS");
                        insert.setString(12, "AFTER_HOURS=1");
                    } else {
                        LocalDateTime joined = entered.plusSeconds(10 + random.nextInt(40));
                        int wait = random.nextInt(180);
                        boolean answered = random.nextInt(100) < 85;
                        int talk = 60 + random.nextInt(540);
                        insert.setObject(4, joined);
                        insert.setObject(5, answered ? joined.plusSeconds(wait) : null);
                        insert.setObject(6, joined.plusSeconds(wait + (answered ? talk : 0)));
                        insert.setString(7, QUEUES[random.nextInt(QUEUES.length)]);
                        insert.setString(8, answered ? "Agent " + (1600 + random.nextInt(120)) : null);
                        insert.setInt(9, wait);
                        insert.setObject(10, answered ? talk : null);
                        insert.setString(11, answered ? "ANSWERED" : "ABANDONED");
                        insert.setString(12, "TOPIC=" + topic);
                        if (!answered) {
                            abandonedIds.add(linkedid + "|" + entered);
                        }
                    }
                    insert.setObject(13, entered);
                    insert.addBatch();
                    if (i % 5000 == 4999) {
                        insert.executeBatch();
                        db.commit();
                    }
                }
                insert.executeBatch();
                db.commit();
            }
            try (PreparedStatement insert = db.prepareStatement("insert into ticket (type, channel, priority, status,"
                    + " subject, created_at, created_by, updated_at, first_response_minutes, resolution_minutes,"
                    + " sla_state, call_linkedid, resolved_at, first_responded_at, first_response_state) values (?,"
                    + " 'PHONE', 'NORMAL', ?, ?, ?, 'bench', ?, 60, 2880, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < tickets; i++) {
                    boolean callback = i % 6 == 0 && i / 6 < abandonedIds.size();
                    String[] call = callback ? abandonedIds.get(i / 6).split("\\|") : null;
                    LocalDateTime created = callback
                            ? LocalDateTime.parse(call[1]).plusMinutes(1)
                            : FIRST.atStartOfDay().minusHours(3).plusSeconds(random.nextInt(31 * 24 * 3600));
                    insert.setString(1, callback ? "CALLBACK" : "ENQUIRY");
                    insert.setString(3, callback ? "معاودة الاتصال" : "استفسار عن خدمة إلكترونية");
                    insert.setObject(4, created);
                    insert.setObject(5, created);
                    boolean resolved = random.nextInt(2) == 0;
                    boolean responded = resolved || random.nextBoolean();
                    insert.setString(2, resolved ? "RESOLVED" : "OPEN");
                    insert.setString(6, random.nextInt(5) == 0 ? "BREACHED" : "ON_TRACK");
                    insert.setString(7, callback ? call[0] : null);
                    insert.setObject(8, resolved ? created.plusMinutes(30 + random.nextInt(72 * 60)) : null);
                    insert.setObject(9, responded ? created.plusMinutes(5 + random.nextInt(90)) : null);
                    insert.setString(10, responded ? (random.nextInt(6) == 0 ? "BREACHED" : "ON_TRACK") : null);
                    insert.addBatch();
                    if (i % 5000 == 4999) {
                        insert.executeBatch();
                        db.commit();
                    }
                }
                insert.executeBatch();
                db.commit();
            }
            seedPresence(db, random);
            seedComplaints(db, random);
            try (Statement analyze = db.createStatement()) {
                analyze.execute("analyze table call_record, ticket, agent_presence, complaint, complaint_decision");
            }
        }
    }

    /**
     * Each agent's month: signed in every day at 09:00 to 10:00 for eight hours, with two to four pauses of 5 to 30
     * minutes for a reason; the rows a real PBX's queue-member events would leave.
     */
    private static void seedPresence(Connection db, Random random) throws Exception {
        try (PreparedStatement insert = db.prepareStatement("insert into agent_presence (phone_interface, agent, at,"
                + " state, pause_reason) values (?, ?, ?, ?, ?)")) {
            for (int agent = 0; agent < AGENTS; agent++) {
                for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
                    LocalDateTime at = day.atTime(6, 0).plusMinutes(random.nextInt(60)); // 09:00–10:00 Baghdad
                    LocalDateTime out = at.plusHours(8);
                    presence(insert, agent, at, "SIGNED_IN", null);
                    for (int pauses = 2 + random.nextInt(3); pauses > 0; pauses--) {
                        at = at.plusMinutes(40 + random.nextInt(60));
                        presence(insert, agent, at, "PAUSED", PAUSES[random.nextInt(PAUSES.length)]);
                        at = at.plusMinutes(5 + random.nextInt(26));
                        presence(insert, agent, at, "SIGNED_IN", null);
                    }
                    presence(insert, agent, out, "SIGNED_OUT", null);
                }
                insert.executeBatch();
                db.commit();
            }
        }
    }

    private static void presence(PreparedStatement insert, int agent, LocalDateTime at, String state, String reason)
            throws Exception {
        insert.setString(1, "PJSIP/" + (1600 + agent));
        insert.setString(2, "Agent " + (1600 + agent));
        insert.setObject(3, at);
        insert.setString(4, state);
        insert.setString(5, reason);
        insert.addBatch();
    }

    /**
     * Complaints about staff over the month (with their neutral ticket), each moved through zero to four decisions of
     * the workflow, hours to days apart.
     */
    private static void seedComplaints(Connection db, Random random) throws Exception {
        String[][] paths = {
            {},
            {"TRIAGE"},
            {"TRIAGE", "CLOSED"},
            {"TRIAGE", "UNDER_REVIEW"},
            {"TRIAGE", "UNDER_REVIEW", "UNSUBSTANTIATED", "CLOSED"},
            {"TRIAGE", "UNDER_REVIEW", "INVESTIGATION", "SUBSTANTIATED"}
        };
        try (PreparedStatement ticket = db.prepareStatement(
                        "insert into ticket (type, channel, priority, status,"
                                + " subject, created_at, created_by, updated_at, first_response_minutes, resolution_minutes) values"
                                + " ('COMPLAINT_ABOUT_STAFF', 'PHONE', 'HIGH', 'OPEN', 'شكوى ضد موظف', ?, 'bench', ?, 60, 2880)",
                        Statement.RETURN_GENERATED_KEYS);
                PreparedStatement complaint = db.prepareStatement("insert into complaint (ticket_id, institution_code,"
                        + " office, allegation, narrative, anonymous, intake, case_state, created_at) values (?, ?, ?,"
                        + " ?, 'شكوى', true, 'PHONE', ?, ?)");
                PreparedStatement decision = db.prepareStatement("insert into complaint_decision (complaint_id, at,"
                        + " officer, from_state, to_state, reason) values (?, ?, 'bench', ?, ?, 'قرار')")) {
            for (int i = 0; i < COMPLAINTS; i++) {
                LocalDateTime created = FIRST.atStartOfDay().minusHours(3).plusSeconds(random.nextInt(31 * 24 * 3600));
                ticket.setObject(1, created);
                ticket.setObject(2, created);
                ticket.executeUpdate();
                long id;
                try (ResultSet keys = ticket.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
                String[] path = paths[random.nextInt(paths.length)];
                complaint.setLong(1, id);
                complaint.setString(2, INSTITUTIONS[random.nextInt(INSTITUTIONS.length)]);
                complaint.setString(3, "مكتب " + random.nextInt(40));
                complaint.setString(4, ALLEGATIONS[random.nextInt(ALLEGATIONS.length)]);
                complaint.setString(5, path.length == 0 ? "RECEIVED" : path[path.length - 1]);
                complaint.setObject(6, created);
                complaint.addBatch();
                String from = "RECEIVED";
                LocalDateTime at = created;
                for (String to : path) {
                    at = at.plusHours(2 + random.nextInt(72));
                    decision.setLong(1, id);
                    decision.setObject(2, at);
                    decision.setString(3, from);
                    decision.setString(4, to);
                    decision.addBatch();
                    from = to;
                }
                if (i % 500 == 499) {
                    complaint.executeBatch();
                    decision.executeBatch();
                    db.commit();
                }
            }
            complaint.executeBatch();
            decision.executeBatch();
            db.commit();
        }
    }

    private double[] render(HttpClient client, String report, LocalDate from, LocalDate to, String by, int times)
            throws Exception {
        return render(client, USER, report + "?from=" + from + "&to=" + to + "&by=" + by, times);
    }

    /** Renders a report (path and query under /api/v1/reports/) as the user; fails on anything but a 200 with a body. */
    private double[] render(HttpClient supervisorClient, String user, String report, int times) throws Exception {
        // Each user keeps their own session: a shared cookie would make every request the first user's.
        HttpClient client = user.equals(USER) ? supervisorClient : officerClient;
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/reports/" + report))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .GET()
                .build();
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            nanos.add(System.nanoTime() - start);
            if (response.statusCode() != 200 || response.body().length < 100) {
                throw new IllegalStateException(
                        response.statusCode() + " " + new String(response.body(), StandardCharsets.UTF_8));
            }
        }
        return percentiles(nanos);
    }

    /** The period's total over JDBC: as the report's query bounds it by the index, or forced to scan the table. */
    private double[] sql(String period, boolean scan, int times) throws Exception {
        String from = period.equals("month") ? "2026-09-30 21:00:00" : "2026-10-30 21:00:00";
        String sql = "select count(case when c.queue_joined_at is not null then 1 end), count(case when"
                + " c.answered_at is not null then 1 end), avg(c.wait_seconds), max(c.wait_seconds) from call_record c"
                + (scan ? " ignore index (ix_call_record_entered, ix_call_record_open)" : "")
                + " where c.entered_at >= '" + from + "' and c.entered_at < '2026-10-31 21:00:00'";
        List<Long> nanos = new ArrayList<>();
        try (Connection db = db();
                Statement statement = db.createStatement()) {
            for (int i = 0; i < times; i++) {
                long start = System.nanoTime();
                try (ResultSet rows = statement.executeQuery(sql)) {
                    rows.next();
                }
                nanos.add(System.nanoTime() - start);
            }
        }
        return percentiles(nanos);
    }

    private static double[] percentiles(List<Long> nanos) {
        Collections.sort(nanos);
        return new double[] {Latencies.percentile(nanos, 0.50), Latencies.percentile(nanos, 0.95)};
    }
}
