package org.hotline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.hotline.common.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Search on the real server: e-services suggested as agents type; tickets found however their Arabic is
 * spelled, by number, by phone in any written form and by e-service name; facet counts; complaint content for
 * officers only; and the administrators' re-index, which brings back what the index missed.
 */
class SearchIT {

    private static final String PASSWORD = "a long test passphrase 5599";
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static Api agent;
    private static Api officer;
    private static Api recusedOfficer;
    private static Api admin;
    /** A word no other test writes, so that each search here finds only this run's records. */
    private static String mark;

    @BeforeAll
    static void people() throws Exception {
        SystemUnderTest.ensureUser("search.agent", "Search Agent", PASSWORD, Role.AGENT);
        SystemUnderTest.ensureUser("search.officer", "Search Officer", PASSWORD, Role.OFFICER);
        SystemUnderTest.ensureUser("search.recused", "Search MOI Officer", PASSWORD, Role.OFFICER);
        SystemUnderTest.execute(
                "update user_account set institution_code = 'MOI' where username = ?", "search.recused");
        agent = Api.as("search.agent", PASSWORD);
        officer = Api.as("search.officer", PASSWORD);
        recusedOfficer = Api.as("search.recused", PASSWORD);
        admin = Api.as("admin", SystemUnderTest.ADMIN_PASSWORD);
        mark = "qz" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    }

    private static List<String> suggested(String typed) throws Exception {
        Api.Answer answer = agent.get("/api/v1/e-services/suggestions?q=" + encoded(typed));
        assertEquals(200, answer.status(), answer.text());
        return ((JsonArray) answer.json())
                .getValuesAs(JsonObject.class).stream()
                        .map(s -> s.getString("code"))
                        .toList();
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static JsonObject search(Api as, String query) throws Exception {
        Api.Answer answer = as.get("/api/v1/search?q=" + encoded(query));
        assertEquals(200, answer.status(), answer.text());
        return answer.object();
    }

    private static List<String> ticketNumbers(JsonObject answer) {
        return answer.getJsonObject("tickets").getJsonArray("hits").getValuesAs(JsonObject.class).stream()
                .map(hit -> hit.getString("number"))
                .toList();
    }

    private static String ticket(String subject, String description, String extra) throws Exception {
        Api.Answer created = agent.post(
                "/api/v1/tickets",
                "{\"type\":\"ENQUIRY\",\"channel\":\"PHONE\",\"subject\":\""
                        + subject + "\"" + (description == null ? "" : ",\"description\":\"" + description + "\"")
                        + extra
                        + "}");
        assertEquals(201, created.status(), created.text());
        return created.object().getString("number");
    }

    @Test
    void anEServiceIsSuggestedHoweverItsNameBeginsToBeTyped() throws Exception {
        String passport = "MOI-PASSPORT-NEW"; // إصدار جواز سفر جديد — New passport
        SystemUnderTest.eventually(
                PATIENCE, "the catalogue is indexed", () -> suggested("جواز").contains(passport));
        for (String typed : new String[] {
            "اصدار جواز", "إصدار جواز", "إِصْدَار جَوَاز", "جوا", "جـواز سفر", "new pass", "PASSPORT", "moi-pass"
        }) {
            assertTrue(suggested(typed).contains(passport), typed + " -> " + suggested(typed));
        }
        assertEquals(List.of(), suggested("زززز"), "nothing begins so");
        assertEquals(List.of(), suggested(""));
    }

    @Test
    void aTicketIsFoundHoweverItsArabicIsSpelled() throws Exception {
        String number = ticket(
                "تأخّر إصدار جواز السفر الإلكتروني " + mark,
                "قدّمتُ الطلب رقم 4471" + mark.substring(2) + " في المديريّة ولم يصلني أيّ إشعار",
                "");
        String other = ticket("استفسار عن البطاقة الوطنية " + mark, null, "");
        String[] spellings = {
            "تاخر اصدار جواز " + mark, // no hamza, no shadda
            "تَأَخُّر إِصْدَار جَوَاز " + mark, // full diacritics
            "تأخـــر جـواز السفـر " + mark, // tatweel
            "الجوازات الالكترونيه " + mark, // plural, taa marbuta as ha, the article
            "٤٤٧١" + toArabicIndic(mark.substring(2)), // the request number in Arabic-Indic digits
            "مديريه اشعار " + mark, // description words, without hamza
        };
        for (String spelling : spellings) {
            JsonObject answer = search(agent, spelling);
            assertEquals(List.of(number), ticketNumbers(answer), spelling);
        }
        JsonObject hit = search(agent, "اصدار جواز " + mark)
                .getJsonObject("tickets")
                .getJsonArray("hits")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(h -> h.getString("number").equals(number))
                .findFirst()
                .orElseThrow(); // another test's ticket may match by its e-service's name, and rank by the whole index
        JsonObject snippet = hit.getJsonArray("snippets").getJsonObject(0);
        assertEquals("subject", snippet.getString("field"));
        String text = snippet.getString("text");
        List<String> marked = snippet.getJsonArray("marks").getValuesAs(JsonObject.class).stream()
                .map(m -> text.substring(m.getInt("start"), m.getInt("end")))
                .toList();
        assertTrue(marked.containsAll(List.of("إصدار", "جواز")), "the words found are marked: " + marked);
        assertEquals(List.of(other), ticketNumbers(search(agent, "البطاقه الوطنيه " + mark)));
        assertEquals(List.of(), ticketNumbers(search(agent, "جواز البطاقة " + mark)), "every word is required");
    }

    @Test
    void aTicketIsFoundByItsNumberWithOrWithoutTheCheckDigit() throws Exception {
        String number = ticket("تحديث العنوان " + mark, null, "");
        String withoutCheck = number.substring(0, number.length() - 1);
        assertTrue(ticketNumbers(search(agent, number)).contains(number));
        assertEquals(number, ticketNumbers(search(agent, "#" + number)).get(0), "the number itself comes first");
        assertEquals(number, ticketNumbers(search(agent, withoutCheck)).get(0));
        assertEquals(number, ticketNumbers(search(agent, toArabicIndic(number))).get(0));
    }

    @Test
    void aCallersTicketsAreFoundByTheirPhoneNumberInAnyWrittenForm() throws Exception {
        String local = "0771" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        String citizenId = SystemUnderTest.ensureCitizen(agent, local, "زينب عبد الأمير");
        String number = ticket("متابعة طلب تسجيل في البوابة " + mark, null, ",\"citizenId\":" + citizenId);
        String digits = local.substring(1);
        for (String written : new String[] {
            local,
            "+964 " + digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6),
            "00964" + digits,
            "964" + digits,
            digits,
            local.substring(0, 4) + "-" + local.substring(4, 7) + "-" + local.substring(7),
            toArabicIndic(local)
        }) {
            JsonObject answer = search(agent, written);
            assertEquals(List.of(number), ticketNumbers(answer), written);
            JsonArray citizens = answer.getJsonArray("citizens");
            assertEquals(1, citizens.size(), written + ": " + citizens);
            assertEquals("زينب عبد الأمير", citizens.getJsonObject(0).getString("fullName"));
        }
        assertEquals(List.of(number), ticketNumbers(search(agent, "زينب عبد الامير " + mark)), "and by name");
    }

    @Test
    void aTicketIsFoundByTheNameOfItsEService() throws Exception {
        String number = ticket("موعد المراجعة " + mark, null, ",\"eServiceCode\":\"MOI-PASSPORT-NEW\"");
        assertEquals(List.of(number), ticketNumbers(search(agent, "اصدار جواز سفر " + mark)));
        assertEquals(List.of(number), ticketNumbers(search(agent, "new passport " + mark)));
        JsonArray services = search(agent, "جواز سفر جديد").getJsonArray("services");
        assertTrue(
                services.getValuesAs(JsonObject.class).stream()
                        .anyMatch(s ->
                                s.getJsonObject("service").getString("code").equals("MOI-PASSPORT-NEW")),
                "the e-service's answer is offered too: " + services);
        for (String spelling :
                new String[] {"MOI-PASSPORT-NEW", "moi-passport-new", "ＭＯＩ-ＰＡＳＳＰＯＲＴ-ＮＥＷ", "MOI-PASS\u200BPORT-NEW"}) {
            assertEquals(
                    List.of(number),
                    ticketNumbers(agent.get("/api/v1/search?q=" + mark + "&eService="
                                    + java.net.URLEncoder.encode(spelling, java.nio.charset.StandardCharsets.UTF_8))
                            .object()),
                    "the e-service filter typed as " + spelling);
        }
    }

    @Test
    void facetsCountWhatMatchedAndFiltersNarrowIt() throws Exception {
        String facetMark = mark + "f";
        String first = ticket("شكوى تأخير " + facetMark, null, ",\"eServiceCode\":\"MOI-PASSPORT-NEW\"");
        ticket("تأخير الرد " + facetMark, null, "");
        Api.Answer request = agent.post(
                "/api/v1/tickets",
                "{\"type\":\"DOCUMENT_ISSUE\",\"channel\":\"WEB\",\"subject\":\"" + "طلب تأخير " + facetMark + "\"}");
        assertEquals(201, request.status(), request.text());
        Api.Answer moved = agent.post(
                "/api/v1/tickets/" + first + "/transitions",
                "{\"version\":" + agent.get("/api/v1/tickets/" + first).object().getJsonNumber("version")
                        + ",\"to\":\"OPEN\"}");
        assertEquals(200, moved.status(), moved.text());

        JsonObject tickets = search(agent, "تاخير " + facetMark).getJsonObject("tickets");
        assertEquals(3, tickets.getInt("total"));
        Map<String, Map<String, Integer>> facets = SearchAnswers.facets(tickets);
        assertEquals(Map.of("ENQUIRY", 2, "DOCUMENT_ISSUE", 1), facets.get("type"));
        assertEquals(Map.of("NEW", 2, "OPEN", 1), facets.get("status"));
        assertEquals(Map.of("MOI-PASSPORT-NEW", 1), facets.get("eService"));
        assertEquals(Map.of("MOI", 1), facets.get("institution"));
        assertEquals(Map.of("TODAY", 3, "LAST_7_DAYS", 3, "LAST_30_DAYS", 3, "OLDER", 0), facets.get("created"));

        Api.Answer narrowed =
                agent.get("/api/v1/search?q=" + encoded("تاخير " + facetMark) + "&status=NEW&type=ENQUIRY");
        assertEquals(200, narrowed.status(), narrowed.text());
        assertEquals(1, narrowed.object().getJsonObject("tickets").getInt("total"));
        String today = LocalDate.now(java.time.ZoneId.of("Asia/Baghdad")).toString();
        String yesterday = LocalDate.parse(today).minusDays(1).toString();
        assertEquals(
                3,
                agent.get("/api/v1/search?q=" + facetMark + "&from=" + today + "&to=" + today)
                        .object()
                        .getJsonObject("tickets")
                        .getInt("total"));
        assertEquals(
                0,
                agent.get("/api/v1/search?q=" + facetMark + "&to=" + yesterday)
                        .object()
                        .getJsonObject("tickets")
                        .getInt("total"));
        Api.Answer newest = agent.get("/api/v1/search?q=" + facetMark + "&order=newest");
        assertEquals(
                List.of(request.object().getString("number")),
                ticketNumbers(newest.object()).subList(0, 1));
    }

    @Test
    void complaintContentIsFoundByOfficersOnlyAndNeverCountedForAgents() throws Exception {
        String complaintMark = mark + "c";
        Api.Answer filed = agent.post(
                "/api/v1/complaints",
                "{\"institutionCode\":\"MOI\",\"office\":\"مكتب الجوازات\","
                        + "\"accusedDescription\":\"موظف الشباك الخامس\",\"accusedEmployeeId\":\"EMP-" + complaintMark
                        + "\","
                        + "\"allegation\":\"BRIBE_REQUEST\",\"narrative\":\"طلب"
                        + " الموظف رشوة مقابل تسليم الجواز " + complaintMark + "\",\"anonymous\":true}");
        assertEquals(201, filed.status(), filed.text());
        String number = filed.object().getString("number");

        JsonObject officers = search(officer, "رشوه الجواز " + complaintMark);
        assertNull(officers.get("tickets"), "officers do not search tickets");
        JsonObject complaints = officers.getJsonObject("complaints");
        assertEquals(1, complaints.getInt("total"));
        JsonObject hit = complaints.getJsonArray("hits").getJsonObject(0);
        assertEquals(number, hit.getString("number"));
        assertEquals("BRIBE_REQUEST", hit.getString("allegation"));
        assertTrue(
                hit.getJsonArray("snippets").getJsonObject(0).getString("text").contains("رشوة"));
        assertEquals(Map.of("MOI", 1), SearchAnswers.facets(complaints).get("institution"));
        assertEquals(
                "1",
                SystemUnderTest.queryString(
                        "select count(*) from audit_entry where actor = ?"
                                + " and action = 'COMPLAINT_SEARCHED' and detail like ?",
                        "search.officer",
                        "%" + number + "%"),
                "what the officer was shown is audited");
        assertEquals(
                0,
                search(recusedOfficer, "رشوه " + complaintMark)
                        .getJsonObject("complaints")
                        .getInt("total"),
                "an officer of the accused institution never finds it");

        for (String query :
                new String[] {"رشوه الجواز " + complaintMark, complaintMark, number, "emp-" + complaintMark}) {
            JsonObject agents = search(agent, query);
            assertNull(agents.get("complaints"), "agents have no complaint part at all");
            JsonObject tickets = agents.getJsonObject("tickets");
            assertEquals(0, tickets.getInt("total"), query + ": not even the complaint's ticket: " + tickets);
            assertFalse(agents.toString().contains(number), query);
            SearchAnswers.facets(tickets)
                    .values()
                    .forEach(counts -> assertFalse(counts.containsKey("COMPLAINT_ABOUT_STAFF")));
        }
        for (String typed : new String[] {
            "EMP-" + complaintMark,
            "emp-" + complaintMark,
            "ＥＭＰ-" + complaintMark.toUpperCase(java.util.Locale.ROOT),
            "EMP\u200B-" + complaintMark
        }) {
            assertEquals(
                    List.of(number),
                    search(officer, typed)
                            .getJsonObject("complaints")
                            .getJsonArray("hits")
                            .getValuesAs(JsonObject.class)
                            .stream()
                            .map(h -> h.getString("number"))
                            .toList(),
                    "the accused employee's number typed as " + typed);
            assertEquals(
                    0, search(recusedOfficer, typed).getJsonObject("complaints").getInt("total"));
        }
    }

    @Test
    void theAdministratorsReindexBringsBackWhatTheIndexMissed() throws Exception {
        String loadedMark = mark + "r";
        Instant now = Instant.now();
        SearchAnswers.writePastTheApplication("تذكرة محمّلة من النظام القديم " + loadedMark);
        assertEquals(
                0,
                search(agent, loadedMark).getJsonObject("tickets").getInt("total"),
                "written past the application, the index does not know it");

        assertEquals(403, agent.post("/api/v1/search/reindex", "").status(), "administrators only");
        Api.Answer started = admin.post("/api/v1/search/reindex", "");
        assertEquals(202, started.status(), started.text());
        assertEquals("RUNNING", started.object().getString("state"));
        assertEquals("admin", started.object().getString("startedBy"));
        SystemUnderTest.eventually(
                Duration.ofMinutes(3),
                "the re-index done",
                () -> admin.get("/api/v1/search/reindex")
                        .object()
                        .getString("state")
                        .equals("DONE"));
        JsonObject progress = admin.get("/api/v1/search/reindex").object();
        assertTrue(
                progress.getInt("total") > 0 && progress.getInt("done") == progress.getInt("total"),
                progress.toString());
        assertEquals(
                1,
                search(agent, "النظام القديم " + loadedMark)
                        .getJsonObject("tickets")
                        .getInt("total"));
        assertTrue(suggested("جواز").contains("MOI-PASSPORT-NEW"), "the other indexes are whole again too");
        assertEquals(
                "1",
                SystemUnderTest.queryString(
                        "select count(*) from audit_entry where actor = 'admin'"
                                + " and action = 'SEARCH_REINDEXED' and at >= ?",
                        java.sql.Timestamp.from(now.minusSeconds(5))));
    }

    @Test
    void aClientsMistakeIsA400ThatSaysWhat() throws Exception {
        assertProblem(agent.get("/api/v1/search?q=x&status=LOST"), "bad-request", "status is one of");
        assertProblem(agent.get("/api/v1/search?q=x&from=2026-13-01"), "bad-request", "not a date");
        assertProblem(agent.get("/api/v1/search?q=x&from=2026-05-02&to=2026-05-01"), "invalid-period", "ends");
        assertProblem(agent.get("/api/v1/search?q=x&size=1000"), "invalid-request", "");
        Api.Answer tooLong = agent.get("/api/v1/search?q=" + "ب".repeat(201));
        assertProblem(tooLong, "invalid-request", "");
        assertEquals(
                "q",
                tooLong.object().getJsonArray("errors").getJsonObject(0).getString("field"),
                "named as the address names it");
        assertProblem(agent.get("/api/v1/search?q=x&eService=NOPE"), "unknown-reference", "eService");
        assertEquals(401, Api.anonymous().get("/api/v1/search?q=x").status());
        JsonObject quoted = search(agent, "\"جواز" + " -+|(*~");
        assertTrue(quoted.containsKey("tickets"), "odd characters are words, not a 500");
    }

    private static void assertProblem(Api.Answer answer, String kind, String detailHas) {
        assertEquals(400, answer.status(), answer.text());
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
        assertEquals("urn:hotline:problem:" + kind, answer.object().getString("type"), answer.text());
        assertTrue(answer.text().contains(detailHas), answer.text());
    }

    static String toArabicIndic(String latin) {
        StringBuilder arabic = new StringBuilder();
        latin.chars().forEach(c -> arabic.append(Character.isDigit(c) ? (char) ('٠' + (c - '0')) : (char) c));
        return arabic.toString();
    }
}
