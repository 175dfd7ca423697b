package org.hotline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hotline.common.Role;
import org.hotline.ticket.TicketNumber;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The application's metrics as Prometheus scrapes them from {@code /metrics} with the configured token: the text
 * format parses, and the figures move with what users do (a ticket created, a request refused, a caller waiting in a
 * queue, a ticket past its target). Nobody else reads them: anonymous clients, wrong tokens and signed-in staff get the
 * 404 of a path that does not exist.
 */
class MetricsIT {

    private static final String PASSWORD = "a metrics passphrase 5599";
    private static final String TOKEN = System.getProperty("hotline.metrics.token");
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    /** A sample line: a name, labels in braces or none, a value. */
    private static final Pattern SAMPLE =
            Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[a-zA-Z_][a-zA-Z0-9_]*=\"(?:[^\"\\\\]|\\\\.)*\""
                    + "(?:,[a-zA-Z_][a-zA-Z0-9_]*=\"(?:[^\"\\\\]|\\\\.)*\")*\\})? (-?[0-9.eE+-]+|NaN|[+-]Inf)");

    private static FakeAsterisk pbx;

    @BeforeAll
    static void people() throws Exception {
        SystemUnderTest.ensureUser("metrics.agent", "Metrics Agent", PASSWORD, Role.AGENT);
        pbx = TestPbx.get();
    }

    @Test
    void nobodyButTheScraperWithItsTokenReadsTheMetrics() throws Exception {
        for (String authorization :
                new String[] {null, "Bearer not-the-token-of-this-server-0123456789", "Bearer ", TOKEN, "Basic x"}) {
            HttpResponse<String> answer = scrape(authorization);
            assertEquals(404, answer.statusCode(), "Authorization: " + authorization);
            assertFalse(answer.body().contains("hotline_"), answer.body());
        }
        HttpResponse<String> staff = HTTP.send(
                HttpRequest.newBuilder(URI.create(SystemUnderTest.BASE_URL + "/metrics"))
                        .header(
                                "Authorization",
                                "Basic "
                                        + java.util.Base64.getEncoder()
                                                .encodeToString(("admin:" + SystemUnderTest.ADMIN_PASSWORD).getBytes()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, staff.statusCode(), "an administrator's password is not the scraper's token");
        assertFalse(staff.body().contains("hotline_"));
    }

    @Test
    void theTextFormatParsesAndEveryAreaAnswers() throws Exception {
        HttpResponse<String> answer = scrape("Bearer " + TOKEN);
        assertEquals(200, answer.statusCode(), answer.body());
        String type = answer.headers().firstValue("Content-Type").orElse("").replace(" ", "");
        assertEquals("text/plain;version=0.0.4;charset=utf-8", type.toLowerCase(java.util.Locale.ROOT));
        // kept for a look (and `promtool check metrics < ear/target/metrics-scrape.txt`)
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "metrics-scrape.txt"), answer.body());
        Map<String, Double> figures = parse(answer.body());
        assertEquals(1.0, figures.get("hotline_database_up"), "the database answers");
        assertEquals(1.0, figures.get("hotline_pbx_connected"), "the fake PBX is connected");
        assertEquals(1.0, figures.get("hotline_search_index_present"));
        assertTrue(figures.get("hotline_jvm_memory_used_bytes{area=\"heap\"}") > 0);
        assertTrue(figures.containsKey("hotline_db_pool_active"), "the pool's figures: " + figures.keySet());
        assertTrue(figures.containsKey("hotline_db_pool_waiting"));
        assertTrue(figures.containsKey("hotline_call_events_backlog"));
        assertTrue(figures.containsKey("hotline_queue_agents{queue=\"enquiries\",state=\"signed_in\"}"));
        assertTrue(figures.containsKey("hotline_calls_today{outcome=\"abandoned\"}"));
        figures.forEach((series, value) -> {
            if (series.startsWith("hotline_scrape_failures")) {
                assertEquals(0.0, value, series + ": an area could not be read");
            }
        });
        assertTrue(
                figures.keySet().stream()
                        .noneMatch(series -> series.contains("/api/") || series.matches(".*\\d{6,}.*")),
                "no path or number in a label: " + figures.keySet());
    }

    @Test
    void aTicketCreatedAndARefusedRequestAreCounted() throws Exception {
        Api agent = Api.as("metrics.agent", PASSWORD);
        String created = "hotline_tickets_created_total{type=\"ENQUIRY\",channel=\"PHONE\"}";
        String apiRefused = "hotline_http_requests_total{kind=\"api\",area=\"tickets\",status=\"4xx\"}";
        Map<String, Double> before = figures();

        Api.Answer ticket = agent.post(
                "/api/v1/tickets", "{\"type\":\"ENQUIRY\",\"channel\":\"PHONE\",\"subject\":\"سؤال عن المقاييس\"}");
        assertEquals(201, ticket.status(), ticket.text());
        Api.Answer missing = agent.get(
                "/api/v1/tickets/" + TicketNumber.forSequence(987_654_321L).digits());
        assertEquals(404, missing.status(), missing.text());

        Map<String, Double> after = figures();
        assertEquals(before.getOrDefault(created, 0.0) + 1, after.get(created), created);
        assertEquals(before.getOrDefault(apiRefused, 0.0) + 1, after.get(apiRefused), apiRefused);
        String problem = "hotline_api_problems_total{problem=\"ticket-not-found\",status=\"404\"}";
        assertEquals(
                before.getOrDefault(problem, 0.0) + 1,
                after.get(problem),
                after.keySet().toString());
        String created2xx = "hotline_http_requests_total{kind=\"api\",area=\"tickets\",status=\"2xx\"}";
        assertEquals(before.getOrDefault(created2xx, 0.0) + 1, after.get(created2xx), created2xx);
        String durations = "hotline_http_request_duration_seconds_count{kind=\"api\",area=\"tickets\"}";
        assertEquals(before.getOrDefault(durations, 0.0) + 2, after.get(durations), durations);
    }

    @Test
    void aComplaintFiledAndAPageShownAreCounted() throws Exception {
        String filed = "hotline_complaints_filed_total{channel=\"PHONE\"}";
        String asTicket = "hotline_tickets_created_total{type=\"COMPLAINT_ABOUT_STAFF\",channel=\"PHONE\"}";
        String signInPage = "hotline_http_requests_total{kind=\"page\",area=\"root\",status=\"2xx\"}";
        Map<String, Double> before = figures();

        SystemUnderTest.fileComplaint(Api.as("metrics.agent", PASSWORD), true);
        assertEquals(
                200,
                SystemUnderTest.get(SystemUnderTest.BASE_URL + "/login.xhtml", null)
                        .statusCode());

        Map<String, Double> after = figures();
        assertEquals(before.getOrDefault(filed, 0.0) + 1, after.get(filed), filed);
        assertEquals(before.getOrDefault(asTicket, 0.0) + 1, after.get(asTicket), asTicket);
        assertEquals(before.getOrDefault(signInPage, 0.0) + 1, after.get(signInPage), signInPage);
    }

    @Test
    void aCallerWaitingInAQueueShowsInTheWaitingGauge() throws Exception {
        String waiting = "hotline_queue_waiting{queue=\"enquiries\"}";
        double before = figures().getOrDefault(waiting, 0.0);
        String linkedid = "1795690000.1";
        pbx.send(newChannel(linkedid));
        pbx.send(queueEvent("QueueCallerJoin", linkedid, "Position: 1\r\nCount: 1\r\n"));
        try {
            SystemUnderTest.eventually(
                    Duration.ofSeconds(30),
                    "one more caller waiting in enquiries",
                    () -> figures().getOrDefault(waiting, 0.0),
                    value -> value == before + 1);
        } finally {
            pbx.send(queueEvent("QueueCallerLeave", linkedid, "Position: 1\r\nCount: 0\r\n"));
            pbx.send(hangup(linkedid));
        }
        SystemUnderTest.eventually(
                Duration.ofSeconds(30),
                "the caller no longer waiting",
                () -> figures().getOrDefault(waiting, 0.0),
                value -> value == before);
    }

    @Test
    void aTicketPastItsTargetShowsInTheBreachedGaugeAndItsAlertIsCounted() throws Exception {
        Api agent = Api.as("metrics.agent", PASSWORD);
        Map<String, Double> before = figures();
        double breached = before.get("hotline_tickets_sla_breached");
        String alerts = "hotline_sla_alerts_total{state=\"BREACHED\"}";
        double alertsBefore = before.getOrDefault(alerts, 0.0);
        String watched = "hotline_sla_watch_tickets_total";
        double watchedBefore = before.getOrDefault(watched, 0.0);

        Api.Answer created = agent.post(
                "/api/v1/tickets", "{\"type\":\"CALLBACK\",\"channel\":\"PHONE\",\"subject\":\"اتصال فات موعده\"}");
        assertEquals(201, created.status(), created.text());
        String number = created.object().getString("number");
        try (Connection db = SystemUnderTest.database();
                PreparedStatement backdate = db.prepareStatement(
                        "update ticket set created_at = ?, resolution_due_at = ?, sla_check_at = utc_timestamp(6) where id = ?")) {
            Instant threeDaysAgo = Instant.now().minus(Duration.ofDays(3));
            backdate.setObject(1, LocalDateTime.ofInstant(threeDaysAgo, ZoneOffset.UTC));
            backdate.setObject(2, LocalDateTime.ofInstant(threeDaysAgo.plus(Duration.ofHours(4)), ZoneOffset.UTC));
            backdate.setLong(3, TicketNumber.parse(number).sequence());
            assertEquals(1, backdate.executeUpdate());
        }

        Map<String, Double> after = SystemUnderTest.eventually(
                Duration.ofSeconds(30),
                Duration.ofSeconds(1),
                "the SLA watch marking ticket " + number + " breached",
                MetricsIT::figures,
                now -> now.get("hotline_tickets_sla_breached") == breached + 1);
        assertEquals(alertsBefore + 1, after.get(alerts), alerts);
        assertTrue(after.get(watched) >= watchedBefore + 1, watched + " counts the ticket the watch looked at");
        assertTrue(after.get("hotline_sla_watch_pass_seconds_count") > 0, "the watch's passes are timed");
    }

    private static Map<String, Double> figures() throws Exception {
        HttpResponse<String> answer = scrape("Bearer " + TOKEN);
        assertEquals(200, answer.statusCode(), answer.body());
        return parse(answer.body());
    }

    private static HttpResponse<String> scrape(String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(SystemUnderTest.BASE_URL + "/metrics"))
                .timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The samples by series (name and labels as written), checked against the text format: every line is a comment,
     * a HELP or TYPE line, or a sample; each sample belongs to the family whose TYPE came last (a histogram's
     * {@code _bucket}, {@code _sum} and {@code _count} to the histogram), each family is typed once, and no series
     * appears twice.
     */
    static Map<String, Double> parse(String text) {
        Map<String, Double> samples = new HashMap<>();
        Set<String> typed = new HashSet<>();
        String family = null;
        String type = null;
        for (String line : text.split("\n")) {
            if (line.isEmpty() || line.startsWith("# HELP ")) {
                continue;
            }
            if (line.startsWith("# TYPE ")) {
                String[] parts = line.split(" ");
                assertEquals(4, parts.length, line);
                assertTrue(
                        Set.of("counter", "gauge", "histogram", "summary", "untyped")
                                .contains(parts[3]),
                        line);
                assertTrue(typed.add(parts[2]), "typed twice: " + line);
                family = parts[2];
                type = parts[3];
                continue;
            }
            assertFalse(line.startsWith("#"), line);
            Matcher sample = SAMPLE.matcher(line);
            assertTrue(sample.matches(), "not a sample line: " + line);
            String name = sample.group(1);
            boolean ofFamily = name.equals(family)
                    || ("histogram".equals(type)
                            && (name.equals(family + "_bucket")
                                    || name.equals(family + "_sum")
                                    || name.equals(family + "_count")));
            assertTrue(ofFamily, "a sample outside its family (" + family + "): " + line);
            String series = name + (sample.group(2) == null ? "" : sample.group(2));
            String value = sample.group(3);
            double number = value.equals("NaN")
                    ? Double.NaN
                    : value.endsWith("Inf")
                            ? (value.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY)
                            : Double.parseDouble(value);
            assertTrue(samples.put(series, number) == null, "a series twice: " + line);
        }
        return samples;
    }

    private static String newChannel(String linkedid) {
        return "Event: Newchannel\r\nPrivilege: call,all\r\nTimestamp: 1795690000.100000\r\n"
                + "Channel: PJSIP/trunk-0000000m\r\nChannelState: 4\r\nChannelStateDesc: Ring\r\nCallerIDNum: 07709990001"
                + "\r\nCallerIDName: <unknown>\r\nConnectedLineNum: <unknown>\r\nConnectedLineName: <unknown>\r\n"
                + "Language: ar\r\nAccountCode: \r\nContext: hotline\r\nExten: 5599\r\nPriority: 1\r\nUniqueid: "
                + linkedid + "\r\nLinkedid: " + linkedid + "\r\n\r\n";
    }

    private static String queueEvent(String name, String linkedid, String extra) {
        return "Event: " + name + "\r\nPrivilege: agent,all\r\nTimestamp: 1795690001.000000\r\n"
                + "Channel: PJSIP/trunk-0000000m\r\nChannelState: 6\r\nChannelStateDesc: Up\r\nCallerIDNum: 07709990001"
                + "\r\nCallerIDName: <unknown>\r\nConnectedLineNum: <unknown>\r\nConnectedLineName: <unknown>\r\n"
                + "Language: ar\r\nAccountCode: \r\nContext: hotline\r\nExten: 5599\r\nPriority: 7\r\nUniqueid: "
                + linkedid + "\r\nLinkedid: " + linkedid + "\r\nQueue: enquiries\r\n" + extra + "\r\n";
    }

    private static String hangup(String linkedid) {
        return "Event: Hangup\r\nPrivilege: call,all\r\nTimestamp: 1795690003.200000\r\n"
                + "Channel: PJSIP/trunk-0000000m\r\nChannelState: 6\r\nChannelStateDesc: Up\r\nCallerIDNum: 07709990001"
                + "\r\nCallerIDName: <unknown>\r\nConnectedLineNum: <unknown>\r\nConnectedLineName: <unknown>\r\n"
                + "Language: ar\r\nAccountCode: \r\nContext: hotline\r\nExten: 5599\r\nPriority: 2\r\nUniqueid: "
                + linkedid + "\r\nLinkedid: " + linkedid + "\r\nCause: 16\r\nCause-txt: Normal Clearing\r\n\r\n";
    }
}
