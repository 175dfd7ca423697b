package org.hotline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.hotline.common.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The search page in Chromium: an agent finds a ticket typed without hamza, sees the words marked (and a citizen's
 * markup shown as text), narrows by a facet, in Arabic right to left and in English left to right; an officer sees
 * complaints and no tickets; an administrator re-indexes and watches it finish.
 */
class SearchWebIT {

    private static final String PASSWORD = "a long test passphrase 5599";
    private static Api agentApi;
    private static String mark;

    @BeforeAll
    static void people() throws Exception {
        SystemUnderTest.ensureUser("web.search.agent", "Web Search Agent", PASSWORD, Role.AGENT);
        SystemUnderTest.ensureUser("web.search.officer", "Web Search Officer", PASSWORD, Role.OFFICER);
        agentApi = Api.as("web.search.agent", PASSWORD);
        mark = "wq" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    }

    private static String ticket(String type, String subject) throws Exception {
        Api.Answer created = agentApi.post(
                "/api/v1/tickets",
                "{\"type\":\"" + type + "\",\"channel\":\"PHONE\"," + "\"subject\":\"" + subject + "\"}");
        assertEquals(201, created.status(), created.text());
        return created.object().getString("number");
    }

    private static String query(String text) {
        return "/search.xhtml?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void anAgentFindsATicketTypedWithoutHamzaAndNarrowsItByAFacet() throws Exception {
        String passport = ticket("ENQUIRY", "تأخّر إصدار جواز السفر " + mark);
        String other = ticket("DOCUMENT_ISSUE", "<b>عاجل</b> جواز لم يصل " + mark);
        try (Browser agent = new Browser()) {
            agent.signIn("web.search.agent", PASSWORD);
            agent.open("/search.xhtml");
            assertEquals("rtl", agent.direction());
            agent.type(By.id("search:q"), "اصدار جواز " + mark);
            agent.click(By.id("search:go"));
            agent.waitForText(By.id("search:ticketTotal"), "1");
            assertEquals(List.of(passport), numbers(agent));
            assertEquals(List.of("إصدار", "جواز", mark), marks(agent), "the words as written are marked");

            agent.open(query("جواز " + mark));
            assertEquals(2, numbers(agent).size());
            assertTrue(
                    agent.text(By.cssSelector(".ticket-hit")).contains("<b>عاجل</b>")
                            || agent.text(By.tagName("body")).contains("<b>عاجل</b>"),
                    "a citizen's markup is shown as text");
            assertEquals(0L, agent.script("return document.querySelectorAll('.snippet b, .subject b').length"));
            agent.click(By.cssSelector(".ticket-facet-type li[data-value='DOCUMENT_ISSUE'] a"));
            agent.waitUntil("return document.querySelectorAll('.ticket-hit').length === 1", Duration.ofSeconds(20));
            assertEquals(List.of(other), numbers(agent));
            assertEquals("DOCUMENT_ISSUE", agent.script("return document.getElementById('search:type_input').value"));

            agent.follow(By.linkText("English"));
            assertEquals("ltr", agent.direction());
            agent.open(query("passport " + mark)); // no English words in the ticket: nothing
            assertTrue(agent.text(By.id("search:ticketTotal")).contains("0"), agent.text(By.id("search:ticketTotal")));
            agent.open(query("اصدار " + mark));
            assertEquals(List.of(passport), numbers(agent));
            assertTrue(agent.text(By.cssSelector(".ticket-facet-status h3")).contains("Status"));
            assertTrue(agent.text(By.cssSelector(".ticket-facet-created")).contains("Today"));
            assertFalse(agent.isShown(By.id("search:complaints")), "no complaint part for agents");
        }
    }

    /**
     * A callback task's subject as the hotline wrote it before subjects were stored in Arabic alone, with an English
     * half: the hit says it in the reader's language, and no highlighted fragment repeats the stored words.
     */
    @Test
    void aSubjectTheHotlineWroteIsReadInTheReadersLanguageWithoutItsStoredWords() throws Exception {
        String phone = "0771" + mark.substring(2) + "9";
        String callback = ticket("CALLBACK", "معاودة الاتصال بمتصل لم يُجب — Call back " + phone);
        try (Browser agent = new Browser()) {
            agent.signIn("web.search.agent", PASSWORD);
            agent.follow(By.linkText("English"));
            agent.open(query(phone));
            assertEquals(List.of(callback), numbers(agent));
            String hit = agent.text(By.cssSelector(".ticket-hit")).replaceAll("[\u2066-\u2069]", ""); // isolates
            assertTrue(hit.contains("Call back a caller who was not answered: " + phone), hit);
            assertFalse(
                    hit.contains("معاودة") || hit.contains("— Call back"), "the stored words are not shown: " + hit);
        }
    }

    /**
     * An agent in Kurdish types Arabic words on a Kurdish keyboard (ک, ی), the hamza on another seat, the possessive
     * the citizen used in its plain form, and the caller's number in another written form and Arabic-Indic digits.
     */
    @Test
    void anAgentOnAKurdishKeyboardFindsTheTicketAsTheCitizenWroteIt() throws Exception {
        String phone = "0772" + mark.substring(2) + "1";
        String international = "+964 772 " + mark.substring(2, 5) + " " + mark.substring(5) + "1";
        Api.Answer created = agentApi.post(
                "/api/v1/tickets",
                "{\"type\":\"ENQUIRY\",\"channel\":\"PHONE\","
                        + "\"subject\":\"المسؤول في مركز البطاقة رفض استلام هويتي " + mark + "\","
                        + "\"description\":\"اتصلوا بي على " + international + " بعد الظهر\"}");
        assertEquals(201, created.status(), created.text());
        String number = created.object().getString("number");
        try (Browser agent = new Browser()) {
            agent.signIn("web.search.agent", PASSWORD);
            agent.follow(By.linkText("کوردی"));
            assertEquals("rtl", agent.direction());
            agent.open("/search.xhtml");
            agent.type(By.id("search:q"), "المسئول مرکز الهویة " + mark);
            agent.click(By.id("search:go"));
            agent.waitForText(By.id("search:ticketTotal"), "1");
            assertEquals(List.of(number), numbers(agent));
            assertEquals(
                    List.of("المسؤول", "مركز", "هويتي", mark), marks(agent), "the words as the citizen wrote them");

            agent.open(query(toArabicIndic(phone.substring(0, 4)) + " " + toArabicIndic(phone.substring(4, 7)) + " "
                    + toArabicIndic(phone.substring(7))));
            assertTrue(numbers(agent).contains(number), "the number written another way in the text");
            assertEquals(
                    List.of(international.substring(1)),
                    agent.elements(By.cssSelector(".ticket-hit .snippet mark")).stream()
                            .filter(m -> m.contains("964"))
                            .toList(),
                    "the number marked whole, as written");
        }
    }

    private static String toArabicIndic(String digits) {
        return digits.chars()
                .mapToObj(c -> String.valueOf((char) ('٠' + (c - '0'))))
                .reduce("", String::concat);
    }

    @Test
    void anOfficerFindsComplaintsAndNoTickets() throws Exception {
        String complaintMark = mark + "c";
        Api.Answer filed = agentApi.post(
                "/api/v1/complaints",
                "{\"institutionCode\":\"MOI\",\"office\":\"مكتب"
                        + " الجنسية\",\"accusedDescription\":\"موظف الاستعلامات\",\"allegation\":\"EXTORTION\",\"narrative\":\"هدد الموظف بتأخير المعاملة إن لم أدفع "
                        + complaintMark + "\",\"anonymous\":true}");
        assertEquals(201, filed.status(), filed.text());
        String number = filed.object().getString("number");
        ticket("ENQUIRY", "الموظف أخّر المعاملة " + complaintMark);
        try (Browser officer = new Browser()) {
            officer.signIn("web.search.officer", PASSWORD);
            officer.open(query("المعامله الموظف " + complaintMark));
            assertFalse(officer.isShown(By.id("search:tickets")), "officers do not search tickets");
            assertEquals(number, officer.text(By.cssSelector(".complaint-hit .case-link")));
            assertTrue(
                    officer.elements(By.cssSelector(".complaint-hit .snippet mark"))
                            .contains("المعاملة"),
                    officer.text(By.cssSelector(".complaint-hit")));
            officer.follow(By.cssSelector(".complaint-hit .case-link"));
            assertEquals("/officer/complaint.xhtml", officer.path());
        }
    }

    @Test
    void anAdministratorReindexesAndWatchesItFinish() throws Exception {
        try (Browser admin = new Browser()) {
            admin.signIn("admin", SystemUnderTest.ADMIN_PASSWORD);
            admin.open("/admin/search-index.xhtml");
            admin.click(By.id("reindex:start"));
            admin.waitUntil(
                    "var s = document.querySelector('.reindex-progress .state');"
                            + " return s !== null && s.getAttribute('data-state') === 'DONE'",
                    Duration.ofMinutes(3));
            assertTrue(
                    admin.text(By.id("reindex:counts")).matches(".*[0-9٠-٩].*"), admin.text(By.id("reindex:counts")));
        }
    }

    private static List<String> numbers(Browser browser) {
        return browser.elements(By.cssSelector(".ticket-hit .ticket-number"));
    }

    private static List<String> marks(Browser browser) {
        return browser.elements(By.cssSelector(".ticket-hit .snippet mark"));
    }
}
