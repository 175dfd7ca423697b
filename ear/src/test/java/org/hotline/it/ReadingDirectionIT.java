package org.hotline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hotline.common.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Arabic and Kurdish pages read right to left and in their own language only: a phone number stays +964 770 …
 * (typed or shown), charts run from the right, a sentence keeps to one digit system, and nothing the hotline writes
 * itself (a timeline line, a generated subject, an import's problem, a help text) is left in English.
 */
class ReadingDirectionIT {

    private static final String PASSWORD = "a reading passphrase 5599";
    private static final List<String> RIGHT_TO_LEFT = List.of("ar", "ku");
    private static final Pattern ENGLISH_WORD = Pattern.compile("\\b[A-Za-z]{3,}\\b");
    private static Browser agent;
    private static String ticket;

    @BeforeAll
    static void people() throws Exception {
        SystemUnderTest.ensureUser("rtl.agent", "Reading Agent", PASSWORD, Role.AGENT);
        SystemUnderTest.ensureUser("rtl.supervisor", "Reading Supervisor", PASSWORD, Role.SUPERVISOR);
        SystemUnderTest.ensureUser("rtl.admin", "Reading Admin", PASSWORD, Role.ADMIN);
        Api api = Api.as("rtl.agent", PASSWORD);
        String citizen = SystemUnderTest.ensureCitizen(api, "07701234567", "نور حسن");
        Api.Answer created = api.post(
                "/api/v1/tickets",
                "{\"type\":\"ENQUIRY\",\"channel\":\"PHONE\"," + "\"subject\":\"سؤال عن موعد الجواز\",\"citizenId\":"
                        + citizen + "}");
        assertEquals(201, created.status(), created.text());
        ticket = created.object().getString("number");
        Api.Answer commented = api.post(
                "/api/v1/tickets/" + ticket + "/comments", "{\"body\":\"اتصلنا بالمواطن\",\"internal\":false}");
        assertTrue(commented.status() < 300, commented.text());
        agent = new Browser();
        agent.signIn("rtl.agent", PASSWORD);
    }

    @AfterAll
    static void closeBrowser() throws Exception {
        agent.close();
    }

    private static void speak(Browser browser, String language) {
        browser.open("/language?to=" + language + "&back=/");
    }

    private static String direction(Browser browser, String cssSelector) {
        return (String) browser.script(
                "var e = document.querySelector(arguments[0]);"
                        + " return e ? getComputedStyle(e).direction : 'missing';",
                cssSelector);
    }

    private static List<String> englishWords(String text) {
        Matcher words = ENGLISH_WORD.matcher(text);
        List<String> found = new java.util.ArrayList<>();
        while (words.find()) {
            found.add(words.group());
        }
        return found;
    }

    @Test
    void phoneNumbersAreTypedAndShownLeftToRightInArabicAndKurdish() throws Exception {
        for (String language : RIGHT_TO_LEFT) {
            speak(agent, language);
            agent.open("/desk/new-ticket.xhtml");
            assertEquals("rtl", agent.direction(), language);
            agent.type(By.id("newTicket:phone"), "+964 770 123 4567");
            assertEquals("ltr", direction(agent, "[id='newTicket:phone']"), "new ticket, " + language);
            agent.open("/agent/complaint.xhtml");
            assertEquals(
                    "ltr", direction(agent, "[id='complaint:complainantPhone']"), "agent's complaint, " + language);
            agent.open("/desk/ticket.xhtml?number=" + ticket);
            assertEquals("ltr", direction(agent, "#ticket .phone"), "the ticket's caller, " + language);
            try (Browser citizen = new Browser()) {
                speak(citizen, language);
                citizen.open("/complaint/new.xhtml");
                assertEquals("rtl", citizen.direction());
                assertEquals(
                        "ltr",
                        direction(citizen, "[id='complaint:complainantPhone']"),
                        "public complaint, " + language);
            }
        }
    }

    @Test
    void theSlaLineKeepsToOneDigitSystem() throws Exception {
        for (String language : List.of("ar", "ku", "en")) {
            speak(agent, language);
            agent.open("/desk/ticket.xhtml?number=" + ticket);
            String line = agent.text(By.id("ticketSla"));
            assertTrue(line.chars().anyMatch(c -> c >= '0' && c <= '9'), "Latin digits: " + line);
            assertFalse(
                    line.chars().anyMatch(c -> c >= '\u0660' && c <= '\u0669' || c >= '\u06F0' && c <= '\u06F9'),
                    language + ", no Arabic-Indic digit beside the Latin ones: " + line);
        }
    }

    @Test
    void theTimelineAndGeneratedSubjectsAreInTheReadersLanguage() throws Exception {
        Api api = Api.as("rtl.agent", PASSWORD);
        String complaint = SystemUnderTest.fileComplaint(api, true).getString("number");
        // a callback task as earlier versions wrote it, with an English half
        Api.Answer callback = api.post(
                "/api/v1/tickets",
                "{\"type\":\"CALLBACK\",\"channel\":\"PHONE\","
                        + "\"subject\":\"معاودة الاتصال بمتصل لم يُجب — Call back 0770 123 4567\","
                        + "\"description\":\"Abandoned call 1764752400.17 in queue enquiries\"}");
        assertEquals(201, callback.status(), callback.text());
        String task = callback.object().getString("number");
        for (String language : RIGHT_TO_LEFT) {
            speak(agent, language);
            agent.open("/desk/ticket.xhtml?number=" + ticket);
            String timeline = agent.text(By.id("timeline")).replace("rtl.agent", ""); // the actor, as signed in
            assertEquals(List.of(), englishWords(timeline), language + ": " + timeline);
            agent.open("/desk/ticket.xhtml?number=" + complaint);
            String subject = agent.text(By.id("ticketSubject"));
            assertEquals(List.of(), englishWords(subject), language + ": " + subject);
            agent.open("/desk/ticket.xhtml?number=" + task);
            subject = agent.text(By.id("ticketSubject"));
            assertEquals(List.of(), englishWords(subject), language + ": " + subject);
            assertTrue(subject.contains("0770 123 4567"), subject);
            String note = agent.text(By.id("ticketDescription"));
            assertEquals(List.of(), englishWords(note), language + ": " + note);
            assertTrue(note.contains("1764752400.17"), note);
            agent.open("/desk/tickets.xhtml");
            String list = agent.text(By.id("tickets:list"));
            assertFalse(list.contains("Call back") || list.contains("Complaint about staff"), list);
        }
        speak(agent, "en");
        agent.open("/desk/ticket.xhtml?number=" + complaint);
        assertEquals("Complaint about staff", agent.text(By.id("ticketSubject")));
        agent.open("/desk/ticket.xhtml?number=" + task);
        assertEquals(
                "Call back a caller who was not answered: 0770 123 4567",
                agent.text(By.id("ticketSubject")).replaceAll("[\u2066\u2069]", ""));
        assertEquals(
                "Abandoned call 1764752400.17 in the queue E-service enquiries",
                agent.text(By.id("ticketDescription")).replaceAll("[\u2066\u2069]", ""));
        agent.open("/desk/ticket.xhtml?number=" + ticket);
        assertTrue(agent.text(By.id("timeline")).contains("Public"), agent.text(By.id("timeline")));
    }

    @Test
    void theCataloguesProblemsAndHelpAreInTheAdministratorsLanguage() throws Exception {
        try (Browser admin = new Browser()) {
            admin.signIn("rtl.admin", PASSWORD);
            for (String language : RIGHT_TO_LEFT) {
                speak(admin, language);
                admin.open("/admin/catalogue.xhtml");
                admin.type(By.id("service:service_code"), "RTL-PAGE-1");
                admin.type(By.id("service:resolution_minutes"), "abc");
                admin.click(By.id("service:save"));
                String problem = admin.waitForSomeText(By.id("service:resolution_minutesMessage"));
                assertTrue(problem.contains("abc"), problem);
                assertEquals(List.of(), englishWords(problem.replace("abc", "")), language + ": " + problem);
                String required = admin.waitForSomeText(By.id("service:name_arMessage"));
                assertEquals(List.of(), englishWords(required), language + ": " + required);
                String help = admin.text(By.cssSelector("#import .hint"));
                assertFalse(help.contains("docs/"), "the help says it itself: " + help);
            }
        }
    }

    @Test
    void chartsRunFromTheRightInArabicAndKurdishAndFromTheLeftInEnglish() throws Exception {
        try (Browser supervisor = new Browser()) {
            supervisor.signIn("rtl.supervisor", PASSWORD);
            for (String language : List.of("ar", "ku", "en")) {
                speak(supervisor, language);
                supervisor.open("/supervisor/reports.xhtml");
                supervisor.submit(By.id("period:show"));
                supervisor.waitUntil(
                        "return !!document.querySelector('#chart canvas')", java.time.Duration.ofSeconds(20));
                @SuppressWarnings("unchecked")
                List<Object> layout =
                        (List<Object>) supervisor.script("var canvas = document.querySelector('#chart canvas');"
                                + " var chart = window.Chart && Chart.getChart ? Chart.getChart(canvas) : null;"
                                + " for (var id in PrimeFaces.widgets) { var w = PrimeFaces.widgets[id];"
                                + "   if (!chart && w && w.chart && w.chart.canvas === canvas) { chart = w.chart; } }"
                                + " return [chart.options.scales.x.reverse, chart.options.plugins.legend.rtl,"
                                + "   chart.options.scales.y.position];");
                boolean rightToLeft = !"en".equals(language);
                assertEquals(List.of(rightToLeft, rightToLeft, rightToLeft ? "right" : "left"), layout, language);
                assertFalse(supervisor.text(By.tagName("body")).contains("docs/"), "no file of the docs on screen");
            }
        }
    }
}
