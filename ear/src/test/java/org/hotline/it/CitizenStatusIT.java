package org.hotline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.hotline.common.Role;
import org.hotline.ticket.TicketNumber;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The citizen's ticket status page and its API, as the citizen and a guesser meet them: the status in the reader's
 * language, the dates and the agents' public replies (never an internal note), with the phone typed in any digits; a
 * wrong phone, a number nobody has and a complaint about staff answer alike; wrong tries make the number wait; the
 * answer comes after a redirect, so a refresh sends nothing again. Each test comes from addresses of its own
 * (X-Forwarded-For in Chromium, loopback addresses on the API), so it spends its own budget of wrong tries.
 */
class CitizenStatusIT {

    private static final String PASSWORD = "a long test passphrase 5599";
    private static final String PAGE = "/ticket/status.xhtml";
    private static Api agent;

    @BeforeAll
    static void people() throws Exception {
        SystemUnderTest.ensureUser("status.agent", "Status Agent", PASSWORD, Role.AGENT);
        agent = Api.as("status.agent", PASSWORD);
    }

    /** An enquiry of the citizen whose phone this is, with a public reply and an internal note: its number. */
    private static String ticketWithReplies(String phone, String reply, String note) throws Exception {
        String citizen = SystemUnderTest.ensureCitizen(agent, phone, "زينب كاظم");
        String number = agent.post(
                        "/api/v1/tickets",
                        "{\"type\":\"ENQUIRY\",\"channel\":\"PHONE\",\"subject\":"
                                + "\"تفعيل حساب البوابة\",\"citizenId\":" + citizen + "}")
                .object()
                .getString("number");
        Api.Answer replied = agent.post(
                "/api/v1/tickets/" + number + "/comments", "{\"body\":\"" + reply + "\",\"internal\":false}");
        assertEquals(201, replied.status(), replied.text());
        Api.Answer noted =
                agent.post("/api/v1/tickets/" + number + "/comments", "{\"body\":\"" + note + "\",\"internal\":true}");
        assertEquals(201, noted.status(), noted.text());
        // an internal note written as "yes" or 1 is refused, not posted as a public reply the citizen would read
        for (String notYesOrNo : List.of("\"yes\"", "1", "\"true\"")) {
            Api.Answer refused = agent.post(
                    "/api/v1/tickets/" + number + "/comments",
                    "{\"body\":\"" + note + "\",\"internal\":" + notYesOrNo + "}");
            assertEquals(400, refused.status(), notYesOrNo + ": " + refused.text());
        }
        return number;
    }

    /**
     * A complaint about staff whose ticket names the citizen with this phone (as if an agent had linked it): the phone
     * is right, and still the status page must not show it. Its number.
     */
    private static String complaintOnThePhone(String phone) throws Exception {
        String complaint = SystemUnderTest.fileComplaint(agent, false).getString("number");
        String complainant = SystemUnderTest.ensureCitizen(agent, phone, "حسين علي");
        SystemUnderTest.execute(
                "update ticket set citizen_id = ? where id = ?",
                complainant,
                TicketNumber.parse(complaint).sequence());
        return complaint;
    }

    /** The digits written in Arabic-Indic (٠-٩) or Eastern Arabic-Indic (۰-۹, Kurdish and Persian keyboards). */
    private static String inDigits(String latin, char zero) {
        StringBuilder written = new StringBuilder();
        latin.chars().forEach(c -> written.append(Character.isDigit(c) ? (char) (zero + c - '0') : (char) c));
        return written.toString();
    }

    /** A well-formed number (its check digit right) far beyond any ticket of the test run. */
    private static String nobodysNumber() {
        return TicketNumber.forSequence(
                        50_000_000L + ThreadLocalRandom.current().nextLong(40_000_000L))
                .digits();
    }

    /** The wrong tries counted for a number (the follow-up's store, keyed by the digits without leading zeros). */
    private static String wrongTriesFor(String number) throws Exception {
        return SystemUnderTest.queryString(
                "select failures from follow_up_backoff where receipt_number = ?", number.replaceFirst("^0+(?=.)", ""));
    }

    @Test
    void theCitizenReadsTheStatusAndThePublicReplyOnlyInEachLanguageWithThePhoneInAnyDigits() throws Exception {
        String reply = "تم تفعيل حسابك على البوابة، يمكنك الدخول الآن";
        String note = "ملاحظة داخلية: رقمه الوطني مكرر في السجل";
        String number = ticketWithReplies("07709100071", reply, note);
        // language, the number and the phone as typed, reading direction, the status in the language
        String[][] readers = {
            {"ar", inDigits(number, '٠'), "٠٧٧٠٩١٠٠٠٧١", "rtl", "جديدة"},
            {"en", number, "+964 770 910 0071", "ltr", "New"},
            {"ku", inDigits(number, '۰'), "۰۷۷۰ ۹۱۰ ۰۰۷۱", "rtl", "نوێ"}
        };
        try (Browser citizen = new Browser().comingFrom("192.0.2.71")) {
            for (String[] reader : readers) {
                String language = reader[0];
                citizen.open("/language?to=" + language + "&back=/login.xhtml");
                citizen.follow(By.id("ticketStatus")); // from the public home page's citizens' links
                assertEquals(PAGE, citizen.path());
                assertEquals(language, citizen.language());
                assertEquals(reader[3], citizen.direction(), language);
                assertEquals(
                        "ltr",
                        citizen.find(By.id("status:phone")).getDomAttribute("dir"),
                        "a phone number reads left to right on every page");
                citizen.type(By.id("status:number"), reader[1]);
                citizen.type(By.id("status:phone"), reader[2]);
                citizen.submit(By.id("status:show"));
                assertEquals(reader[4], citizen.text(By.id("shownStatus")), language);
                assertEquals(number, PageText.latin(citizen.text(By.id("shownNumber"))));
                assertEquals(List.of(reply), citizen.elements(By.cssSelector("#replies .reply-text")), language);
                assertFalse(citizen.text(By.tagName("body")).contains(note), "the internal note stays with staff");
                assertFalse(citizen.text(By.tagName("body")).contains("status.agent"), "nor who wrote the reply");
                List<String> problems = new ArrayList<>();
                for (Axe.Violation violation : Axe.run(citizen)) {
                    if (violation.impact().equals("critical")
                            || violation.impact().equals("serious")) {
                        problems.add(violation.toString());
                    }
                }
                assertEquals(List.of(), problems, "the shown status in " + language);
                citizen.screenshot("ticket-status-" + language); // the Arabic one is in docs/USER-GUIDE.md

                citizen.refresh(); // the answer came by a redirect: a reload shows it again and sends nothing
                assertEquals(reader[4], citizen.text(By.id("shownStatus")), "shown again after a refresh");
                citizen.submit(By.id("leaveForm:leave"));
                citizen.open(PAGE);
                assertTrue(citizen.isShown(By.id("status:number")), "left: the form again, the ticket forgotten");
                assertFalse(citizen.isShown(By.id("shownStatus")));
            }
        }
    }

    @Test
    void aWrongPhoneANumberNobodyHasAndAComplaintReadAlikeAndARefreshSendsNothingAgain() throws Exception {
        String number = ticketWithReplies("07709100073", "سنتصل بك غدًا", "لا شيء");
        String complaint = complaintOnThePhone("07709100074");
        try (Browser guesser = new Browser().comingFrom("192.0.2.72")) {
            List<String> answers = new ArrayList<>();
            String[][] tries = {{number, "07709100075"}, {nobodysNumber(), "07709100073"}, {complaint, "07709100074"}};
            for (String[] attempt : tries) {
                guesser.open("/language?to=en&back=" + PAGE);
                guesser.type(By.id("status:number"), attempt[0]);
                guesser.type(By.id("status:phone"), attempt[1]);
                guesser.submit(By.id("status:show"));
                assertFalse(guesser.isShown(By.id("shownStatus")), attempt[0]);
                answers.add(guesser.path() + " | " + guesser.text(By.id("status:messages")) + " | "
                        + guesser.value(By.id("status:phone")));
            }
            assertEquals(
                    List.of("/ticket/status.xhtml | The ticket number or the phone number is not right. | "),
                    answers.stream().distinct().toList(),
                    "one answer, without the phone typed: " + answers);

            String counted = wrongTriesFor(number);
            guesser.refresh();
            assertEquals("", guesser.text(By.id("status:messages")), "a fresh form, the refusal was said once");
            assertEquals(counted, wrongTriesFor(number), "the refresh sent no phone again");

            // A mistyped number or phone is said beside its field, and counts for nothing.
            guesser.type(
                    By.id("status:number"),
                    number.substring(0, number.length() - 1)
                            + (char) ('0' + (number.charAt(number.length() - 1) - '0' + 1) % 10));
            guesser.type(By.id("status:phone"), "07");
            guesser.submit(By.id("status:show"));
            assertEquals(
                    "This is not a ticket number: a digit is wrong or two are swapped.",
                    guesser.text(By.id("status:numberMessage")));
            assertEquals("This is not a phone number that can be called.", guesser.text(By.id("status:phoneMessage")));
            assertEquals(counted, wrongTriesFor(number));
        }
    }

    @Test
    void theApiAnswersAlikeWithProblemsAndMakesTheNumberWaitAfterAFewWrongPhones() throws Exception {
        String number = ticketWithReplies("07709100076", "تمت معالجة طلبك", "ملاحظة للفريق فقط");
        String complaint = complaintOnThePhone("07709100077");

        List<String> toTicket = fiveTries("127.0.0.71", number, "07709100078");
        List<String> toNobody = fiveTries("127.0.0.72", nobodysNumber(), "07709100076");
        List<String> toComplaint = fiveTries("127.0.0.73", complaint, "07709100077");
        assertEquals(toTicket, toNobody, "a wrong phone and a number nobody has answer alike");
        assertEquals(toTicket, toComplaint, "a wrong phone and a complaint answer alike");
        assertTrue(toTicket.get(0).startsWith("404 retry-after=null"), toTicket.toString());
        assertTrue(toTicket.get(0).contains("ticket-status-not-found"), toTicket.toString());
        assertTrue(
                toTicket.get(3).startsWith("404 retry-after=2 "), "the fourth wrong phone starts a wait: " + toTicket);
        assertTrue(toTicket.get(4).startsWith("429 retry-after=N"), toTicket.toString());
        assertTrue(toTicket.get(4).contains("ticket-status-wait"), toTicket.toString());
        SystemUnderTest.eventually(
                java.time.Duration.ofSeconds(15),
                "the wait is over",
                () -> FollowUpIT.post(
                                        "127.0.0.74",
                                        "/api/v1/public/ticket-status",
                                        "{\"number\":\"" + inDigits(number, '٠')
                                                + "\",\"phone\":\"+964 770 910 0076\"}")
                                .status()
                        == 200);
        FollowUpIT.Reply shown = FollowUpIT.post(
                "127.0.0.74",
                "/api/v1/public/ticket-status",
                "{\"number\":\"" + number + "\",\"phone\":\"٠٧٧٠٩١٠٠٠٧٦\"}");
        assertEquals(200, shown.status(), shown.body());
        JsonObject answer = Json.createReader(new StringReader(shown.body())).readObject();
        assertEquals("NEW", answer.getString("status"));
        assertEquals(1, answer.getJsonArray("replies").size(), "the public reply only: " + answer);
        assertEquals(
                "تمت معالجة طلبك",
                answer.getJsonArray("replies").getJsonObject(0).getString("body"));
        assertFalse(shown.body().contains("ملاحظة للفريق فقط"));

        FollowUpIT.Reply mistyped = FollowUpIT.post(
                "127.0.0.74", "/api/v1/public/ticket-status", "{\"number\":\"" + number + "\",\"phone\":\"12\"}");
        assertEquals(400, mistyped.status(), mistyped.body());
        assertTrue(mistyped.body().contains("problem"), mistyped.body());
        String wrongCheckDigit = number.substring(0, number.length() - 1)
                + (char) ('0' + (number.charAt(number.length() - 1) - '0' + 1) % 10);
        FollowUpIT.Reply badNumber = FollowUpIT.post(
                "127.0.0.74",
                "/api/v1/public/ticket-status",
                "{\"number\":\"" + wrongCheckDigit + "\",\"phone\":\"07709100076\"}");
        assertEquals(400, badNumber.status(), badNumber.body());
        assertTrue(badNumber.body().contains("\"field\":\"number\""), "the field is named: " + badNumber.body());
    }

    /** Status, Retry-After and body of five wrong tries in a row for one number, from one client. */
    private static List<String> fiveTries(String address, String number, String phone) throws Exception {
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            FollowUpIT.Reply reply = FollowUpIT.post(
                    address,
                    "/api/v1/public/ticket-status",
                    "{\"number\":\"" + number + "\",\"phone\":\"" + phone + "\"}");
            String retryAfter = reply.status() == 429 && reply.retryAfter() != null ? "N" : reply.retryAfter();
            seen.add(reply.status() + " retry-after=" + retryAfter + " "
                    + reply.body().replaceAll("[0-9]+ seconds", "N seconds"));
        }
        return seen;
    }
}
