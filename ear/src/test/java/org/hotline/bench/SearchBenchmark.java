package org.hotline.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark, on tickets written in Arabic and English as agents write them, each about one of four
 * subjects (or none), the subject's words spelled in one of its usual ways: with or without hamza, diacritics,
 * tatweel, taa marbuta as ha, the article, plurals.
 *
 * <ol>
 * <li>Indexing: the administrators' re-index of every ticket, in documents per second, beside MariaDB building a
 * FULLTEXT index over the same subject and description columns (the same run, the same machine).</li>
 * <li>Four queries through the application's search API (HTTP on loopback, JSON, the session of one agent), warmed,
 * with 1 and 2 clients: p50/p95/p99. Beside them the same queries over JDBC with {@code LIKE '%…%'} on every word and
 * with the FULLTEXT index, and for each: how many of the tickets about the subject it finds (recall on the spelling
 * variants). Every API search also counts its facets; the SQL baselines count only the matches, except for the
 * faceted query, where they also group by the four facet columns. LIKE reads every row, tens of seconds a query on
 * a million tickets, so it is measured in the first run only: twice with one client, once each with two.</li>
 * <li>The baseline of the API, in the same run on the same data: the same queries asked of the application's ticket
 * index by Lucene alone, in this process ({@link LuceneAlone}), with 1 and 2 threads, as many queries.</li>
 * </ol>
 *
 * Arguments: base URL, JDBC URL, database password, admin password, tickets, runs, queries per run and client,
 * {@code sql} or {@code no-sql} (whether to measure the SQL baselines; quick runs leave them out), the application's
 * index folder.
 */
public final class SearchBenchmark {

    private static final String USER = "bench.search";
    private static final String PASSWORD = "a benchmark passphrase 5599";
    private static final long SEED = 5599;

    /** The four subjects, each in the spellings tickets carry; one word list per subject is what a search asks for. */
    private static final String[][] SUBJECTS = {
        {
            "إصدار جواز السفر",
            "اصدار جواز سفر",
            "إِصْدَار جَوَاز السَّفَر",
            "إصـدار جـواز السفر",
            "إصدار الجوازات",
            "Passport issue: إصدار جواز"
        },
        {"تجديد البطاقة الوطنية", "تجديد البطاقه الوطنيه", "تَجْدِيد البِطَاقَة الوَطَنِيَّة", "تجديد البطاقة الوطنيّة"
        },
        {"لم يصل رمز التحقق", "لم يصل رمز التحقّق", "لم يَصِل رَمْز التَّحَقُّق", "رمز التحقق OTP لم يصل"},
        {"تأخير في المعاملة", "التأخير في انجاز المعاملة", "تأخيـر المعاملة", "تَأْخِير المُعَامَلَة"},
    };
    /** How many in a hundred tickets are about each subject; the rest are about none. */
    private static final int[] SHARE = {10, 10, 10, 20};

    private static final String[] FILLER = {
        "اتصل المواطن بخصوص البوابة الحكومية",
        "يرجى المتابعة مع الدائرة المختصة",
        "The citizen called about the portal",
        "راجع المواطن مكتب الخدمات عدة مرات",
        "ذكر أن الموقع لا يفتح من الهاتف",
        "Agent advised to try again after 24 hours",
        "تم شرح الخطوات المطلوبة للمواطن",
        "المواطن من محافظة البصرة",
        "طلب رقم",
        "حسب إفادة المواطن فإن المشكلة مستمرة منذ أسبوع",
        "Escalated to the second line",
        "يحتاج إلى مراجعة الحساب",
        "تم تحويل الاتصال إلى المشرف",
        "الرسالة النصية وصلت متأخرة",
        "مستمسكات ناقصة"
    };
    private static final String[] TYPES = {"ENQUIRY", "REGISTRATION_HELP", "DOCUMENT_ISSUE", "OTHER"};
    private static final String[] STATUSES = {"NEW", "OPEN", "PENDING_CITIZEN", "RESOLVED", "CLOSED"};

    /** One measured query: the words typed, as the agents' API asks it, and as LIKE and FULLTEXT ask it. */
    private record Query(
            String name,
            String words,
            String api,
            String like,
            String fullText,
            String filterSql,
            int subject,
            String status,
            boolean faceted) {}

    private static final Query[] QUERIES = {
        new Query(
                "two-word",
                "اصدار جواز",
                "q=" + url("اصدار جواز"),
                like("اصدار", "جواز"),
                "+اصدار +جواز",
                "",
                0,
                null,
                false),
        new Query(
                "phrase",
                "\"تجديد البطاقه الوطنيه\"",
                "q=" + url("\"تجديد البطاقه الوطنيه\""),
                like("تجديد البطاقه الوطنيه"),
                "\"تجديد البطاقه الوطنيه\"",
                "",
                1,
                null,
                false),
        new Query(
                "filtered",
                "رمز التحقق",
                "q=" + url("رمز التحقق") + "&status=OPEN",
                like("رمز", "التحقق"),
                "+رمز +التحقق",
                " and t.status = 'OPEN'",
                2,
                "OPEN",
                false),
        new Query("faceted", "تاخير", "q=" + url("تاخير"), like("تاخير"), "+تاخير", "", 3, null, true),
    };

    private final String baseUrl;
    private final String jdbcUrl;
    private final String dbPassword;
    private final String adminPassword;
    private final int tickets;
    private final int runs;
    private final int perClient;
    /** Whether the SQL baselines (LIKE, FULLTEXT) are measured: always for the record, not in quick runs. */
    private final boolean sqlBaselines;
    /** The application's index folder ({@code HOTLINE_INDEX_DIR}), for the Lucene-alone baseline. */
    private final Path indexRoot;

    private final long[] expected = new long[SUBJECTS.length];
    private long expectedOpenOtp;
    /** The agent's personal API token, as every search sends it. */
    private String bearer;

    private SearchBenchmark(String[] args) {
        baseUrl = args[0];
        jdbcUrl = args[1];
        dbPassword = args[2];
        adminPassword = args[3];
        tickets = Integer.parseInt(args[4]);
        runs = Integer.parseInt(args[5]);
        perClient = Integer.parseInt(args[6]);
        sqlBaselines = !args[7].equals("no-sql");
        indexRoot = Path.of(args[8]);
    }

    public static void main(String[] args) throws Exception {
        new SearchBenchmark(args).run();
    }

    private static String url(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Every word somewhere in the subject or the description. */
    private static String like(String... words) {
        StringBuilder where = new StringBuilder();
        for (String word : words) {
            where.append(" and (t.subject like '%")
                    .append(word)
                    .append("%' or t.description like '%")
                    .append(word)
                    .append("%')");
        }
        return where.toString();
    }

    private void run() throws Exception {
        BenchUsers.agent(jdbcUrl, dbPassword, USER, PASSWORD);
        bearer = "Bearer " + BenchUsers.apiToken(baseUrl, adminPassword, USER);
        long seedStart = System.nanoTime();
        seed();
        System.out.printf(Locale.ROOT, "seed      %d tickets in %.1f s%n", tickets, seconds(seedStart));

        double indexSeconds = reindex();
        System.out.printf(
                Locale.ROOT,
                "index     lucene %d documents in %.1f s: %.0f documents/s%n",
                tickets,
                indexSeconds,
                tickets / indexSeconds);
        if (sqlBaselines) {
            double fullTextSeconds = buildFullText();
            System.out.printf(
                    Locale.ROOT,
                    "index     fulltext %d rows in %.1f s: %.0f rows/s%n",
                    tickets,
                    fullTextSeconds,
                    tickets / fullTextSeconds);
            System.out.printf(
                    Locale.ROOT, "index     ratio lucene/fulltext rate %.2f%n", fullTextSeconds / indexSeconds);
        }

        try (LuceneAlone alone = new LuceneAlone(indexRoot)) {
            for (Query query : QUERIES) {
                long want = query.status() == null ? expected[query.subject()] : expectedOpenOtp;
                long api = apiTotal(query);
                long direct = alone.search(alone.query(query.words(), query.status()));
                System.out.printf(
                        Locale.ROOT,
                        "recall    %-9s expected %d api %d (%.1f%%) lucene-alone %d (%.1f%%)",
                        query.name(),
                        want,
                        api,
                        100.0 * api / want,
                        direct,
                        100.0 * direct / want);
                if (sqlBaselines) {
                    long like = sqlCount(query.like() + query.filterSql());
                    long fullText = sqlCount(fullTextWhere(query) + query.filterSql());
                    System.out.printf(
                            Locale.ROOT,
                            " like %d (%.1f%%) fulltext %d (%.1f%%)",
                            like,
                            100.0 * like / want,
                            fullText,
                            100.0 * fullText / want);
                }
                System.out.println();
            }
            for (Query query : QUERIES) { // warm-up, not counted
                api(query, 1, perClient);
                direct(alone, query, 1, perClient);
            }
            for (int run = 1; run <= runs; run++) {
                for (Query query : QUERIES) {
                    for (int clients = 1; clients <= 2; clients++) {
                        print(run, query, clients, "api", api(query, clients, perClient));
                        print(run, query, clients, "lucene-alone", direct(alone, query, clients, perClient));
                        if (!sqlBaselines) {
                            continue;
                        }
                        print(
                                run,
                                query,
                                clients,
                                "fulltext",
                                sql(query, fullTextWhere(query), clients, Math.max(5, perClient / 20)));
                        if (run == 1) { // tens of seconds a query on a million rows: measured once, as few as tells
                            print(run, query, clients, "like", sql(query, query.like(), clients, 3 - clients));
                        }
                    }
                }
            }
        }
    }

    /** One measurement, with the machine's load average over the last minute (what else ran shows in the figures). */
    private static void print(int run, Query query, int clients, String engine, Latency latency) throws Exception {
        System.out.printf(
                Locale.ROOT,
                "query     run %d %-9s %d client(s) %-12s %s load %s%n",
                run,
                query.name(),
                clients,
                engine,
                latency,
                Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    }

    /** The same query asked of the index directly, with as many threads as the API has clients. */
    private static Latency direct(LuceneAlone alone, Query query, int clients, int each) throws Exception {
        org.apache.lucene.search.Query asked = alone.query(query.words(), query.status());
        return measure(clients, each, () -> () -> alone.search(asked));
    }

    private static String fullTextWhere(Query query) {
        return " and match(t.subject, t.description) against ('" + query.fullText() + "' in boolean mode)";
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private Connection db() throws Exception {
        return DriverManager.getConnection(
                jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "rewriteBatchedStatements=true", "hotline", dbPassword);
    }

    /** Tickets with their text, type, status, institution, e-service and day, in batches straight into the tables. */
    private void seed() throws Exception {
        Random random = new Random(SEED);
        try (Connection db = db()) {
            // e-service id, its institution id; none whose name is about a measured subject, since the e-service's
            // name is searched too and would make a ticket about none of them match
            List<long[]> services = new ArrayList<>();
            try (Statement query = db.createStatement();
                    ResultSet rows = query.executeQuery("select id, institution_id from e_service where name_ar"
                            + " not regexp 'جواز|صدار|بطاق|رمز|تحقق|خير' order by id")) {
                while (rows.next()) {
                    services.add(new long[] {rows.getLong(1), rows.getLong(2)});
                }
            }
            db.setAutoCommit(false);
            LocalDateTime newest = LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
            try (PreparedStatement insert = db.prepareStatement("insert into ticket (type, channel, priority, status,"
                    + " subject, description, e_service_id, institution_id, created_at, created_by, updated_at,"
                    + " first_response_minutes, resolution_minutes, sla_state) values (?, 'PHONE', 'NORMAL', ?, ?, ?,"
                    + " ?, ?, ?, 'bench', ?, 60, 2880, 'ON_TRACK')")) {
                for (int i = 0; i < tickets; i++) {
                    int subject = subject(random.nextInt(100));
                    String status = STATUSES[random.nextInt(STATUSES.length)];
                    String about =
                            subject < 0 ? filler(random) : SUBJECTS[subject][random.nextInt(SUBJECTS[subject].length)];
                    if (subject >= 0) {
                        expected[subject]++;
                        if (subject == 2 && status.equals("OPEN")) {
                            expectedOpenOtp++;
                        }
                    }
                    StringBuilder description = new StringBuilder();
                    for (int s = 1 + random.nextInt(3); s > 0; s--) {
                        description
                                .append(filler(random))
                                .append(' ')
                                .append(100_000 + random.nextInt(900_000))
                                .append(". ");
                    }
                    long[] service = services.get(random.nextInt(services.size()));
                    LocalDateTime created = newest.minusMinutes(random.nextInt(365 * 24 * 60));
                    insert.setString(1, TYPES[random.nextInt(TYPES.length)]);
                    insert.setString(2, status);
                    insert.setString(3, about + " - " + filler(random));
                    insert.setString(4, description.toString());
                    insert.setLong(5, service[0]);
                    insert.setLong(6, service[1]);
                    insert.setObject(7, created);
                    insert.setObject(8, created);
                    insert.addBatch();
                    if (i % 5000 == 4999) {
                        insert.executeBatch();
                        db.commit();
                    }
                }
                insert.executeBatch();
                db.commit();
            }
            // one ticket in ten has a public comment, as after a first answer
            try (Statement comments = db.createStatement()) {
                comments.executeUpdate("insert into ticket_comment (ticket_id, at, author, body, internal)"
                        + " select id, created_at, 'bench', 'تم التواصل مع المواطن وشرح الإجراءات المطلوبة', false"
                        + " from ticket where created_by = 'bench' and mod(id, 10) = 0");
                db.commit();
            }
        }
    }

    private static int subject(int percent) {
        int bound = 0;
        for (int s = 0; s < SHARE.length; s++) {
            bound += SHARE[s];
            if (percent < bound) {
                return s;
            }
        }
        return -1;
    }

    private static String filler(Random random) {
        return FILLER[random.nextInt(FILLER.length)];
    }

    private String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The administrators' re-index, started and followed through the API until done. */
    private double reindex() throws Exception {
        HttpClient client =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String admin = basic("admin", adminPassword);
        long start = System.nanoTime();
        HttpResponse<String> started = client.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/search/reindex"))
                        .header("Authorization", admin)
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() != 202) {
            throw new IllegalStateException(started.statusCode() + " " + started.body());
        }
        while (true) {
            Thread.sleep(500);
            String progress = client.send(
                            HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/search/reindex"))
                                    .header("Authorization", admin)
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            if (progress.contains("\"DONE\"")) {
                return seconds(start);
            }
            if (progress.contains("\"FAILED\"")) {
                throw new IllegalStateException(progress);
            }
        }
    }

    /** As the migration account: the application's own may not change the schema (bench-server.sh exports both). */
    private double buildFullText() throws Exception {
        try (Connection db = DriverManager.getConnection(
                        jdbcUrl,
                        System.getenv("HOTLINE_DB_MIGRATION_USER"),
                        System.getenv("HOTLINE_DB_MIGRATION_PASSWORD"));
                Statement statement = db.createStatement()) {
            long start = System.nanoTime();
            statement.execute("alter table ticket add fulltext index ft_ticket_text (subject, description)");
            return seconds(start);
        }
    }

    private long apiTotal(Query query) throws Exception {
        HttpClient client =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        return total(search(client, query));
    }

    private static long total(String body) {
        Matcher matcher = Pattern.compile("\"total\":([0-9]+)").matcher(body.substring(body.indexOf("\"tickets\"")));
        if (!matcher.find()) {
            throw new IllegalStateException(body);
        }
        return Long.parseLong(matcher.group(1));
    }

    private String search(HttpClient client, Query query) throws Exception {
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/search?" + query.api() + "&size=20"))
                        .header("Authorization", bearer)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private long sqlCount(String where) throws Exception {
        try (Connection db = db();
                Statement statement = db.createStatement();
                ResultSet count = statement.executeQuery(
                        "select count(*) from ticket t where t.type <>" + " 'COMPLAINT_ABOUT_STAFF'" + where)) {
            count.next();
            return count.getLong(1);
        }
    }

    /** Percentiles in milliseconds over every timed query. */
    record Latency(double p50, double p95, double p99) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "p50 %.1f p95 %.1f p99 %.1f", p50, p95, p99);
        }
    }

    @FunctionalInterface
    private interface Timed {
        void once() throws Exception;
    }

    @FunctionalInterface
    private interface PerClient {
        Timed open() throws Exception;
    }

    private static Latency measure(int clients, int each, PerClient perClient) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<List<Long>>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(() -> {
                    Timed timed = perClient.open();
                    List<Long> nanos = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        long start = System.nanoTime();
                        timed.once();
                        nanos.add(System.nanoTime() - start);
                    }
                    return nanos;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> future : futures) {
                all.addAll(future.get());
            }
            Collections.sort(all);
            return new Latency(
                    Latencies.percentile(all, 0.50), Latencies.percentile(all, 0.95), Latencies.percentile(all, 0.99));
        } finally {
            pool.shutdownNow();
        }
    }

    private Latency api(Query query, int clients, int each) throws Exception {
        return measure(clients, each, () -> {
            HttpClient client =
                    HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            return () -> search(client, query);
        });
    }

    /** The page of 20 newest and the count, and for the faceted query the four facet counts too. */
    private Latency sql(Query query, String match, int clients, int each) throws Exception {
        String where = " from ticket t where t.type <> 'COMPLAINT_ABOUT_STAFF'" + match + query.filterSql();
        List<String> statements = new ArrayList<>(List.of(
                "select t.id, t.subject" + where + " order by t.created_at desc limit 20", "select count(*)" + where));
        if (query.faceted()) {
            for (String column : new String[] {"status", "type", "institution_id", "e_service_id"}) {
                statements.add("select t." + column + ", count(*)" + where + " group by t." + column);
            }
        }
        return measure(clients, each, () -> {
            Connection db = db();
            return () -> {
                try (Statement statement = db.createStatement()) {
                    for (String sql : statements) {
                        try (ResultSet rows = statement.executeQuery(sql)) {
                            while (rows.next()) {
                                rows.getObject(1);
                            }
                        }
                    }
                }
            };
        });
    }
}
