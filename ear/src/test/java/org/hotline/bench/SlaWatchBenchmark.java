package org.hotline.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SLA watch on a million open tickets: what a pass costs when it has nothing to do, when it has what a minute
 * brings, and how fast it catches up with a backlog, each beside what the same database does for the same rows over
 * JDBC in the same run; and, for the design it replaced, the time merely to read the tickets the old watch read every
 * minute (every open ticket not breached due within seven days).
 *
 * <p>The server runs the watch every {@code PERIOD} seconds (set by the script); the benchmark sets the tickets'
 * next checks by SQL, then reads each pass's duration and ticket count from the server's own metrics
 * ({@code hotline_sla_watch_pass_seconds}, {@code hotline_sla_watch_tickets_total}). The tickets were created seven
 * hours ago with eight-hour targets on a calendar open round the clock, so every ticket the watch looks at really
 * becomes at risk and gets its alert, as when its moment comes in production.
 *
 * <p>Arguments: base URL, JDBC URL, database password, metrics token, open tickets, runs, the watch's period in
 * seconds.
 */
public final class SlaWatchBenchmark {

    private static final Pattern PASS_SUM = Pattern.compile("(?m)^hotline_sla_watch_pass_seconds_sum ([0-9.eE+-]+)$");
    private static final Pattern PASS_COUNT =
            Pattern.compile("(?m)^hotline_sla_watch_pass_seconds_count ([0-9.eE+-]+)$");
    private static final Pattern TICKETS = Pattern.compile("(?m)^hotline_sla_watch_tickets_total ([0-9.eE+-]+)$");
    private static final int BATCH = 500;
    private static final String PARKED = "utc_timestamp(6) + interval 30 day";

    private final String baseUrl;
    private final String jdbcUrl;
    private final String dbPassword;
    private final String metricsToken;
    private final int tickets;
    private final int runs;
    private final int period;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private SlaWatchBenchmark(String[] args) {
        baseUrl = args[0];
        jdbcUrl = args[1];
        dbPassword = args[2];
        metricsToken = args[3];
        tickets = Integer.parseInt(args[4]);
        runs = Integer.parseInt(args[5]);
        period = Integer.parseInt(args[6]);
    }

    public static void main(String[] args) throws Exception {
        new SlaWatchBenchmark(args).run();
    }

    /** The watch's figures read from /metrics: passes made, seconds spent in them, tickets looked at. */
    private record Reading(double passes, double seconds, double tickets) {}

    /** A phase's passes: how many, their durations in ms, and the tickets each looked at. */
    private record Passes(List<Double> millis, List<Double> looked) {
        double medianMillis() {
            return median(millis);
        }

        double maxMillis() {
            return millis.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        }

        double medianLooked() {
            return median(looked);
        }
    }

    private void run() throws Exception {
        seed();
        for (int run = 1; run <= runs; run++) {
            // nothing due: every next check a month away
            setChecks(PARKED);
            Passes quiet = passes(3);
            double quietSql = dueSelectMillis();
            System.out.printf(
                    Locale.ROOT,
                    "run %d quiet  pass p50 %.1f ms max %.1f ms, tickets per pass %.0f | baseline the due select over"
                            + " JDBC %.2f ms%n",
                    run,
                    quiet.medianMillis(),
                    quiet.maxMillis(),
                    quiet.medianLooked(),
                    quietSql);

            // a busy day's minute: the next checks spread so that each pass finds what sixty seconds bring when a
            // million tickets' checks fall over a fifteen-hour day (1,111), whatever the period of this run
            int perPass = (int) Math.round(tickets / (15.0 * 3600) * 60);
            setChecks(
                    "utc_timestamp(6) + interval (id % " + Math.max(1, (long) tickets * period / perPass) + ") second");
            Passes steady = passes(4);
            System.out.printf(
                    Locale.ROOT,
                    "run %d steady pass p50 %.1f ms max %.1f ms, tickets per pass %.0f, period %d s%n",
                    run,
                    steady.medianMillis(),
                    steady.maxMillis(),
                    steady.medianLooked(),
                    period);

            // a backlog: a tenth of the tickets due at once, as after a long stop of the server
            int backlog = tickets / 10;
            setChecks(PARKED);
            try (Connection db = db();
                    Statement update = db.createStatement()) {
                update.executeUpdate("update ticket set sla_check_at = utc_timestamp(6) where id <= (select min(id)"
                        + " from ticket) + " + (backlog - 1));
            }
            Passes catchUp = passesUntilNothingIsDue();
            double watchRate = sum(catchUp.looked) / (sum(catchUp.millis) / 1000);
            double jdbcRate = jdbcReadWriteRate(backlog);
            System.out.printf(
                    Locale.ROOT,
                    "run %d catch-up %d tickets in %d passes, %.0f tickets/s while passing | baseline the same rows read"
                            + " and written back over JDBC in batches of %d: %.0f tickets/s | ratio %.3f%n",
                    run,
                    (long) sum(catchUp.looked),
                    catchUp.millis.size(),
                    watchRate,
                    BATCH,
                    jdbcRate,
                    watchRate / jdbcRate);

            setChecks(PARKED);
            double oldQuery = oldWatchQueryMillis();
            System.out.printf(
                    Locale.ROOT,
                    "run %d old-design the replaced watch's query alone over JDBC (every open ticket not breached due"
                            + " within 7 days, %d rows) %.0f ms%n",
                    run,
                    tickets,
                    oldQuery);
        }
    }

    /** Open tickets created seven hours ago (first answered), eight-hour targets, no next check yet. */
    private void seed() throws Exception {
        try (Connection db = db()) {
            db.setAutoCommit(false);
            long started = System.nanoTime();
            try (PreparedStatement insert = db.prepareStatement("insert into ticket (type, channel, priority, status,"
                    + " subject, created_at, created_by, updated_at, first_responded_at, first_response_minutes,"
                    + " resolution_minutes, sla_state, first_response_state, resolution_due_at) values ('ENQUIRY',"
                    + " 'PHONE', 'NORMAL', 'OPEN', ?, ?, 'seed', ?, ?, 60, 480, 'ON_TRACK', 'ON_TRACK', ?)")) {
                LocalDateTime created =
                        LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC).minusHours(7);
                for (int i = 0; i < tickets; i++) {
                    insert.setString(1, "طلب رقم " + i + " عن تفعيل حساب البوابة");
                    insert.setObject(2, created);
                    insert.setObject(3, created);
                    insert.setObject(4, created.plusMinutes(10));
                    insert.setObject(5, created.plusHours(8));
                    insert.addBatch();
                    if (i % 5000 == 4999) {
                        insert.executeBatch();
                        db.commit();
                    }
                }
                insert.executeBatch();
                db.commit();
            }
            System.out.printf(
                    Locale.ROOT, "seed %d open tickets in %.1f s%n", tickets, (System.nanoTime() - started) / 1e9);
        }
    }

    /** Puts every ticket back on track without alerts, as seeded, so that each run measures the same work. */
    private void resetState() throws Exception {
        try (Connection db = db();
                Statement update = db.createStatement()) {
            update.executeUpdate("delete from sla_alert");
            update.executeUpdate("update ticket set sla_state = 'ON_TRACK'");
        }
    }

    /**
     * Parks every ticket's check a month away (the server's watch then has nothing to take while the tickets are
     * reset), resets them, then sets the checks to {@code expression}.
     */
    private void setChecks(String expression) throws Exception {
        try (Connection db = db();
                Statement update = db.createStatement()) {
            update.executeUpdate("update ticket set sla_check_at = " + PARKED);
            resetState();
            if (!expression.equals(PARKED)) {
                update.executeUpdate("update ticket set sla_check_at = " + expression);
            }
        }
    }

    /** The next {@code count} passes the server makes after the current one. */
    private Passes passes(int count) throws Exception {
        Reading last = awaitNextPass(read());
        Passes passes = new Passes(new ArrayList<>(), new ArrayList<>());
        while (passes.millis.size() < count) {
            Reading next = awaitNextPass(last);
            record(passes, last, next);
            last = next;
        }
        return passes;
    }

    /**
     * The passes that find tickets due, until one finds none: the first pass that may have started before the
     * backlog was made is left out, so the count is of the tickets looked at in whole passes.
     */
    private Passes passesUntilNothingIsDue() throws Exception {
        Reading last = awaitNextPass(read());
        Passes passes = new Passes(new ArrayList<>(), new ArrayList<>());
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(20));
        while (Instant.now().isBefore(giveUp)) {
            Reading next = awaitNextPass(last);
            if (next.tickets == last.tickets) {
                return passes;
            }
            record(passes, last, next);
            last = next;
        }
        throw new IllegalStateException("the backlog was not caught up within 20 minutes");
    }

    private static void record(Passes passes, Reading before, Reading after) {
        passes.millis.add((after.seconds - before.seconds) * 1000 / (after.passes - before.passes));
        passes.looked.add((after.tickets - before.tickets) / (after.passes - before.passes));
    }

    private Reading awaitNextPass(Reading after) throws Exception {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(period * 3L + 60));
        while (Instant.now().isBefore(giveUp)) {
            Thread.sleep(200);
            Reading now = read();
            if (now.passes > after.passes) {
                return now;
            }
        }
        throw new IllegalStateException("the SLA watch made no pass within " + (period * 3 + 60) + " s");
    }

    private Reading read() throws Exception {
        HttpResponse<String> metrics = http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/metrics"))
                        .header("Authorization", "Bearer " + metricsToken)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (metrics.statusCode() != 200) {
            throw new IllegalStateException("/metrics answered " + metrics.statusCode());
        }
        return new Reading(
                number(PASS_COUNT, metrics.body()), number(PASS_SUM, metrics.body()), number(TICKETS, metrics.body()));
    }

    private static double number(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    /** The select a quiet pass makes, over JDBC: median of 20. */
    private double dueSelectMillis() throws Exception {
        List<Double> millis = new ArrayList<>();
        try (Connection db = db();
                PreparedStatement due = db.prepareStatement(
                        "select id from ticket where sla_check_at <= ? order by sla_check_at limit " + BATCH)) {
            for (int i = 0; i < 20; i++) {
                long started = System.nanoTime();
                due.setObject(1, LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
                try (ResultSet rows = due.executeQuery()) {
                    while (rows.next()) {
                        rows.getLong(1);
                    }
                }
                millis.add((System.nanoTime() - started) / 1e6);
            }
        }
        return median(millis);
    }

    /**
     * What the database does for a backlog without the application: the due rows found by a range on the same index,
     * read with their pauses, each written back (state, next check, version) with its alert, in batches of
     * {@value #BATCH} each committed, on one connection as the watch uses one. The rows are marked due far in the
     * future, which the server's watch, asking for what is due now, never takes from under it.
     */
    private double jdbcReadWriteRate(int backlog) throws Exception {
        setChecks(PARKED);
        String marked = "'2099-12-31 00:00:00'";
        try (Connection db = db();
                Statement prepare = db.createStatement()) {
            prepare.executeUpdate("update ticket set sla_check_at = " + marked + " where id <= (select min(id) from"
                    + " ticket) + " + (backlog - 1));
            db.setAutoCommit(false);
            long started = System.nanoTime();
            int done = 0;
            try (PreparedStatement due = db.prepareStatement("select id from ticket where sla_check_at >= " + marked
                            + " and sla_check_at <= " + marked + " order by sla_check_at limit " + BATCH);
                    PreparedStatement write = db.prepareStatement("update ticket set sla_state = 'AT_RISK',"
                            + " sla_check_at = resolution_due_at, version = version + 1 where id = ? and version = ?");
                    PreparedStatement alert = db.prepareStatement("insert into sla_alert (ticket_id, state, raised_at)"
                            + " values (?, 'AT_RISK', utc_timestamp(6))")) {
                while (done < backlog) {
                    List<Long> ids = new ArrayList<>();
                    try (ResultSet rows = due.executeQuery()) {
                        while (rows.next()) {
                            ids.add(rows.getLong(1));
                        }
                    }
                    if (ids.isEmpty()) {
                        break;
                    }
                    String in =
                            String.join(",", ids.stream().map(String::valueOf).toList());
                    try (Statement read = db.createStatement();
                            ResultSet rows = read.executeQuery(
                                    "select t.*, p.started_at from ticket t left join ticket_pause p on p.ticket_id ="
                                            + " t.id where t.id in (" + in + ")")) {
                        while (rows.next()) {
                            write.setLong(1, rows.getLong("id"));
                            write.setLong(2, rows.getLong("version"));
                            write.addBatch();
                            alert.setLong(1, rows.getLong("id"));
                            alert.addBatch();
                        }
                    }
                    write.executeBatch();
                    alert.executeBatch();
                    db.commit();
                    done += ids.size();
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            db.setAutoCommit(true);
            return done / seconds;
        }
    }

    /** The query the replaced watch ran every minute, read to the end over JDBC. */
    private double oldWatchQueryMillis() throws Exception {
        try (Connection db = db();
                Statement update = db.createStatement()) {
            long started = System.nanoTime();
            try (ResultSet rows = update.executeQuery("select * from ticket where status not in ('RESOLVED', 'CLOSED')"
                    + " and sla_state <> 'BREACHED' and resolution_due_at is not null and resolution_due_at <="
                    + " utc_timestamp(6) + interval 7 day")) {
                while (rows.next()) {
                    rows.getLong("id");
                }
            }
            return (System.nanoTime() - started) / 1e6;
        }
    }

    private Connection db() throws Exception {
        return DriverManager.getConnection(jdbcUrl, "hotline", dbPassword);
    }

    private static double sum(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).sum();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() / 2);
    }
}
