package org.hotline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.hotline.common.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The search index lost while the server runs: its folder deleted, and a plain file left in its place so that it
 * cannot come back until the test removes it (as a disk that is not mounted). Search says it is degraded (on /health,
 * as a 503 problem from the API, as a message on the search page in Arabic, English and Kurdish, and on the
 * administrators' page); tickets and complaints are saved all the while; once the folder can be made again the
 * indexes are rebuilt from the database by themselves, and everything is found again, what was saved during the
 * outage too. The test leaves search healthy for the other tests of the run, whatever happens.
 */
class SearchIndexFaultIT {

    private static final String PASSWORD = "a long test passphrase 5599";
    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final Path INDEX = Path.of(System.getProperty("hotline.index.dir"));

    private static Api agent;
    private static Api officer;
    private static String mark;

    @BeforeAll
    static void people() throws Exception {
        SystemUnderTest.ensureUser("index.fault.agent", "Index Fault Agent", PASSWORD, Role.AGENT);
        SystemUnderTest.ensureUser("index.fault.officer", "Index Fault Officer", PASSWORD, Role.OFFICER);
        agent = Api.as("index.fault.agent", PASSWORD);
        officer = Api.as("index.fault.officer", PASSWORD);
        mark = "ixf" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    }

    @Test
    void theIndexFolderLostMakesSearchDegradedWhileWritesGoOnAndItIsRebuiltByItself() throws Exception {
        awaitHealthy();
        String before = ticket("تأخر إصدار جواز السفر قبل العطل " + mark);
        assertEquals(List.of(before), ticketsFound("جواز " + mark));
        try {
            loseTheIndexFolder();

            JsonObject degraded = SystemUnderTest.eventually(
                    PATIENCE,
                    "search degraded on /health",
                    SearchIndexFaultIT::searchHealth,
                    h -> h.getString("state", "").equals("DEGRADED"));
            assertEquals("index-folder-missing", degraded.getString("reason"), degraded.toString());
            String health =
                    SystemUnderTest.get(SystemUnderTest.HEALTH_URL, null).body();
            assertTrue(health.contains("\"name\":\"search\",\"status\":\"UP\""), "the node still serves: " + health);
            assertFalse(health.contains(INDEX.toString()), "no path on /health: " + health);

            // writes go on: the database is the source of truth
            String during = ticket("تأخر إصدار جواز السفر أثناء العطل " + mark);
            assertEquals(200, agent.get("/api/v1/tickets/" + during).status());
            String complaint = complaint("طلب رشوة لتجديد الجواز أثناء العطل " + mark);

            Api.Answer refused = agent.get(searchPath("جواز " + mark));
            assertEquals(503, refused.status(), refused.text());
            assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
            assertEquals("urn:hotline:problem:search-degraded", refused.object().getString("type"), refused.text());
            assertFalse(refused.text().contains(INDEX.toString()), refused.text());
            assertEquals(503, officer.get(searchPath("رشوة " + mark)).status(), "the officers' search too");

            try (Browser page = new Browser()) {
                page.signIn("index.fault.agent", PASSWORD);
                page.open(searchPage("جواز " + mark));
                assertTrue(messages(page).contains("البحث غير متاح الآن"), messages(page));
                page.follow(By.linkText("English"));
                page.open(searchPage("جواز " + mark));
                assertTrue(messages(page).contains("Search is unavailable just now"), messages(page));
                page.follow(By.linkText("کوردی"));
                page.open(searchPage("جواز " + mark));
                assertTrue(messages(page).contains("گەڕان ئێستا بەردەست نییە"), messages(page));
                assertEquals("rtl", page.direction());
            }
            try (Browser page = new Browser()) {
                page.signIn("index.fault.officer", PASSWORD);
                page.open(searchPage("رشوة " + mark));
                assertTrue(messages(page).contains("البحث غير متاح الآن"), "the officers' search: " + messages(page));
            }
            try (Browser admin = new Browser()) {
                admin.signIn("admin", SystemUnderTest.ADMIN_PASSWORD);
                admin.open("/admin/search-index.xhtml");
                assertEquals("DEGRADED", admin.script("return document.getElementById('condition').dataset.state"));
                assertTrue(
                        admin.text(By.id("condition")).contains("مجلد الفهرس مفقود"), admin.text(By.id("condition")));
            }

            bringTheFolderBack();
            awaitHealthy();
            assertEquals(
                    List.of(during, before),
                    ticketsFound("جواز " + mark),
                    "the ticket saved during the outage is found, rebuilt from the database");
            assertEquals(List.of(complaint), complaintsFound("رشوة " + mark));
            try (Browser page = new Browser()) {
                page.signIn("index.fault.agent", PASSWORD);
                page.open(searchPage("جواز " + mark));
                page.waitForText(By.id("search:ticketTotal"), "2");
                assertFalse(page.text(By.tagName("body")).contains("البحث غير متاح"), "no message once healthy");
                assertFalse(page.isShown(By.id("search:incomplete")), "nor results flagged incomplete");
            }
            assertTrue(
                    Integer.parseInt(
                                    SystemUnderTest.queryString(
                                            "select count(*) from audit_entry where actor = 'system'"
                                                    + " and action = 'SEARCH_REINDEXED' and detail = 'after index-folder-missing'"))
                            > 0,
                    "the rebuild is audited");
        } finally {
            bringTheFolderBack();
            awaitHealthy();
        }
    }

    private static void loseTheIndexFolder() throws IOException {
        try (var paths = Files.walk(INDEX)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
        Files.writeString(INDEX, "not a folder: the index's disk is away\n");
    }

    private static void bringTheFolderBack() throws IOException {
        if (Files.isRegularFile(INDEX)) {
            Files.delete(INDEX);
        }
    }

    private static void awaitHealthy() {
        SystemUnderTest.eventually(
                PATIENCE,
                "search healthy on /health",
                SearchIndexFaultIT::searchHealth,
                h -> h.getString("state", "").equals("HEALTHY"));
    }

    /** The search check's data on /health. */
    private static JsonObject searchHealth() throws Exception {
        String body = SystemUnderTest.get(SystemUnderTest.HEALTH_URL, null).body();
        for (JsonValue check :
                Json.createReader(new StringReader(body)).readObject().getJsonArray("checks")) {
            if ("search".equals(check.asJsonObject().getString("name"))) {
                return check.asJsonObject().getJsonObject("data");
            }
        }
        throw new AssertionError("no search check on /health: " + body);
    }

    private static String ticket(String subject) throws Exception {
        Api.Answer created = agent.post(
                "/api/v1/tickets", "{\"type\":\"ENQUIRY\",\"channel\":\"PHONE\",\"subject\":\"" + subject + "\"}");
        assertEquals(201, created.status(), created.text());
        return created.object().getString("number");
    }

    private static String complaint(String narrative) throws Exception {
        Api.Answer filed = agent.post(
                "/api/v1/complaints",
                "{\"institutionCode\":\"MOI\",\"office\":\"مكتب الجوازات\",\"accusedDescription\":\"موظف الشباك\","
                        + "\"allegation\":\"BRIBE_REQUEST\",\"narrative\":\"" + narrative + "\",\"anonymous\":true}");
        assertEquals(201, filed.status(), filed.text());
        return filed.object().getString("number");
    }

    private static List<String> ticketsFound(String text) throws Exception {
        Api.Answer answer = agent.get(searchPath(text));
        assertEquals(200, answer.status(), answer.text());
        assertFalse(answer.object().getBoolean("incomplete"), answer.text());
        return answer.object().getJsonObject("tickets").getJsonArray("hits").stream()
                .map(hit -> hit.asJsonObject().getString("number"))
                .toList();
    }

    private static List<String> complaintsFound(String text) throws Exception {
        Api.Answer answer = officer.get(searchPath(text));
        assertEquals(200, answer.status(), answer.text());
        return answer.object().getJsonObject("complaints").getJsonArray("hits").stream()
                .map(hit -> hit.asJsonObject().getString("number"))
                .toList();
    }

    private static String searchPath(String text) {
        return "/api/v1/search?order=NEWEST&q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String searchPage(String text) {
        return "/search.xhtml?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String messages(Browser page) {
        return page.text(By.id("search:messages"));
    }
}
