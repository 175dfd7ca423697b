package org.hotline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.hotline.common.Role;
import org.hotline.it.SimulatedAsteriskAgi.Transcript;
import org.hotline.ticket.TicketNumber;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Citizen notices, as a caller and a reader of the status pages meet them: a registered citizen whose ticket an agent
 * resolved hears "an answer is waiting, press 1" before the menu, 1 says the ticket as the status step does, and the
 * next call says nothing more until the ticket changes again; another number hears nothing; a hang-up during the
 * notice or its answer leaves it announced at the next call. Complaints are never announced: the complainant's own
 * number, a complaint linked to a citizen, an anonymous complaint, all sound exactly like a caller with nothing waiting;
 * a complaint's waiting question is said only after its receipt PIN. The status page says an answer is waiting in
 * Arabic, English and Kurdish (axe-clean), and seeing it there ends the phone's announcement, once however often the
 * page is reloaded; the complaint follow-up page says a question awaits an answer after its PIN.
 */
class CitizenNoticeIT {

    private static final int PORT = Integer.getInteger("hotline.agi.port", 4583);
    private static final String PASSWORD = "a long test passphrase 5599";
    private static final AtomicInteger CALLS = new AtomicInteger();
    private static Api agent;
    private static Api officer;

    @BeforeAll
    static void people() throws Exception {
        SystemUnderTest.ensureUser("notice.agent", "Notice Agent", PASSWORD, Role.AGENT);
        SystemUnderTest.ensureUser("notice.officer", "Notice Officer", PASSWORD, Role.OFFICER);
        agent = Api.as("notice.agent", PASSWORD);
        officer = Api.as("notice.officer", PASSWORD);
    }

    /** A call from this number, with a linkedid of its own. */
    private static SimulatedAsteriskAgi from(String caller) {
        return new SimulatedAsteriskAgi(caller, "1795900" + String.format("%03d", CALLS.incrementAndGet()) + ".1");
    }

    /** Whether the IVR's command plays this prompt (not the question whether its file is there). */
    private static boolean streams(String command, String prompt) {
        List<String> words = SimulatedAsteriskAgi.words(command);
        return words.size() > 2 && words.get(0).equals("STREAM") && words.get(2).equals(prompt);
    }

    private static Transcript call(String caller, String... keys) throws Exception {
        return from(caller).keys(keys).call(PORT);
    }

    /** A registered citizen of this phone who speaks {@code language}: their id. */
    private static String citizen(String phone, String language) throws Exception {
        String citizen = SystemUnderTest.ensureCitizen(agent, phone, "نور الهدى كاظم");
        SystemUnderTest.execute("update citizen set preferred_language = ? where id = ?", language, citizen);
        return citizen;
    }

    /** An enquiry of the citizen with this phone: its number. */
    private static String ticketOf(String phone, String language) throws Exception {
        String citizen = citizen(phone, language);
        return agent.post(
                        "/api/v1/tickets",
                        "{\"type\":\"ENQUIRY\",\"channel\":\"PHONE\",\"subject\":\"تفعيل حساب البوابة\",\"citizenId\":"
                                + citizen + "}")
                .object()
                .getString("number");
    }

    /** The agent moves the ticket, as the desk does, against its current version. */
    private static void move(String number, String to) throws Exception {
        long version = agent.get("/api/v1/tickets/" + number)
                .object()
                .getJsonNumber("version")
                .longValue();
        Api.Answer moved = agent.post(
                "/api/v1/tickets/" + number + "/transitions",
                "{\"to\":\"" + to + "\",\"version\":" + version + ",\"reason\":\"تم تفعيل الحساب بعد التحقق\"}");
        assertEquals(200, moved.status(), moved.text());
    }

    private static void reply(String number, String body) throws Exception {
        Api.Answer replied =
                agent.post("/api/v1/tickets/" + number + "/comments", "{\"body\":\"" + body + "\",\"internal\":false}");
        assertEquals(201, replied.status(), replied.text());
    }

    /** An officer asks the complainant a question on this complaint. */
    private static void ask(String complaint) throws Exception {
        Api.Answer asked = officer.post(
                "/api/v1/complaints/" + complaint + "/questions",
                "{\"question\":\"متى طلب الموظف المبلغ بالضبط؟\",\"daysToAnswer\":7}");
        assertEquals(201, asked.status(), asked.text());
    }

    /** The numbers the IVR said after "ticket number", digit by digit, in order. */
    private static List<String> numbersSaid(Transcript call, String language) {
        List<String> numbers = new ArrayList<>();
        String prefix = "hotline/" + language + "/digit-";
        for (int i = 0; i < call.played.size(); i++) {
            if (call.played.get(i).equals("hotline/" + language + "/ticket-number")) {
                StringBuilder digits = new StringBuilder();
                for (int j = i + 1; j < call.played.size() && call.played.get(j).startsWith(prefix); j++) {
                    digits.append(call.played.get(j).substring(prefix.length()));
                }
                numbers.add(digits.toString());
            }
        }
        return numbers;
    }

    /** What axe-core finds critical or serious on the page. */
    private static List<String> seriousProblems(Browser browser) {
        return Axe.run(browser).stream()
                .filter(violation -> violation.impact().equals("critical")
                        || violation.impact().equals("serious"))
                .map(Axe.Violation::toString)
                .toList();
    }

    private static String told(String number, String column) throws Exception {
        return SystemUnderTest.queryString(
                "select " + column + " from ticket_notice where ticket_id = ?",
                TicketNumber.parse(number).sequence());
    }

    @Test
    void aResolvedTicketIsAnnouncedBeforeTheMenuSaidAfterOneAndThenNoMoreUntilItChangesAgain() throws Exception {
        String number = ticketOf("07709200001", "en");
        Transcript nothingYet = call("07709200001", "1");
        assertFalse(nothingYet.played.contains("hotline/en/notice-waiting"), "nothing resolved yet");

        move(number, "RESOLVED");
        Transcript heard = call("07709200001", "1", "1"); // 1 at the notice, then 1 at the menu
        int notice = heard.played.indexOf("hotline/en/notice-waiting");
        int resolved = heard.played.indexOf("hotline/en/status-RESOLVED");
        int welcome = heard.played.indexOf("hotline/en/welcome");
        assertTrue(notice >= 0 && notice < resolved && resolved < welcome, heard.played.toString());
        assertEquals(List.of(number), numbersSaid(heard, "en"), "the ticket, digit by digit, as the status step");
        assertEquals(List.of("offered", "heard"), heard.all("HOTLINE_NOTICE"));
        assertTrue(heard.all("HOTLINE_STEP").containsAll(List.of("notice", "notice-said", "menu")));
        assertEquals("ENQUIRY", heard.last("HOTLINE_TOPIC"), "then the menu as on every call");
        assertEquals("ivr", told(number, "told_by"));

        Transcript again = call("07709200001", "1");
        assertFalse(again.played.contains("hotline/en/notice-waiting"), "told once: " + again.played);
        assertTrue(again.all("HOTLINE_NOTICE").isEmpty());
        assertEquals("hotline/en/welcome", again.played.get(0));

        Transcript stranger = call("07709200009", "3", "1");
        assertFalse(stranger.played.contains("hotline/en/notice-waiting"), "another number hears nothing");

        reply(number, "تم تفعيل حسابك، يمكنك الدخول الآن");
        Transcript replied = call("07709200001", "1", "", "0");
        assertTrue(replied.played.contains("hotline/en/notice-waiting"), "a reply after it: announced again");
        int waiting = replied.played.indexOf("hotline/en/reply-waiting");
        assertTrue(waiting > replied.played.indexOf("hotline/en/status-RESOLVED"), replied.played.toString());
        assertEquals("agents", replied.last("HOTLINE_QUEUE"));
    }

    @Test
    void aHangUpDuringTheNoticeOrItsAnswerLeavesItAnnouncedAtTheNextCall() throws Exception {
        String number = ticketOf("07709200002", "ar");
        reply(number, "نحتاج صورة هويتك لإكمال الطلب");
        move(number, "PENDING_CITIZEN");

        Transcript duringNotice = from("07709200002")
                .keys("1")
                .hangUpWhen(command -> streams(command, "hotline/ar/notice-waiting"))
                .call(PORT);
        assertTrue(duringNotice.hungUp);
        Transcript duringAnswer = from("07709200002")
                .keys("1")
                .hangUpWhen(command -> streams(command, "hotline/ar/status-PENDING_CITIZEN"))
                .call(PORT);
        assertTrue(duringAnswer.hungUp);
        assertEquals(List.of("offered"), duringAnswer.all("HOTLINE_NOTICE"));
        assertNull(told(number, "told_by"), "nothing recorded: the answer was not heard");

        Transcript ignored = call("07709200002", "", "2"); // silence at the notice, 2 at the menu
        assertEquals(List.of("offered"), ignored.all("HOTLINE_NOTICE"), "announced again, and ignored");
        assertEquals("registration", ignored.last("HOTLINE_QUEUE"));

        Transcript heard = call("07709200002", "1", "2");
        assertEquals(List.of(number), numbersSaid(heard, "ar"));
        assertEquals(
                "hotline/ar/reply-waiting",
                heard.played.get(heard.played.indexOf("hotline/ar/status-PENDING_CITIZEN") + 1),
                "the hotline's question, said as the status step says a reply");
        assertFalse(call("07709200002", "2").played.contains("hotline/ar/notice-waiting"));
    }

    @Test
    void noCallerLearnsOfAComplaintFromTheNoticeAndItsQuestionIsSaidOnlyAfterThePin() throws Exception {
        // A citizen with nothing waiting: what every complaint case must sound like.
        citizen("07709200005", "en");
        Transcript nothing = call("07709200005", "1");

        // The complainant gave their own registered number; an officer asks them a question.
        citizen("07709200003", "en");
        JsonObject named = SystemUnderTest.fileComplaint(agent, "07709200003");
        ask(named.getString("number"));
        // A complaint whose ticket names a citizen (as if an agent had linked it), with a question too.
        String linkedCitizen = citizen("07709200004", "en");
        String linked = SystemUnderTest.fileComplaint(agent, true).getString("number");
        SystemUnderTest.execute(
                "update ticket set citizen_id = ? where id = ?",
                linkedCitizen,
                TicketNumber.parse(linked).sequence());
        ask(linked);
        // An anonymous complaint, with a question, from a caller who is a registered citizen.
        citizen("07709200006", "en");
        ask(SystemUnderTest.fileComplaint(agent, true).getString("number"));

        for (String caller : List.of("07709200003", "07709200004", "07709200006")) {
            Transcript call = call(caller, "1");
            assertEquals(nothing.played, call.played, caller + " sounds like a caller with nothing waiting");
            assertEquals(nothing.variables, call.variables, caller);
        }

        // The linked citizen also has an ordinary ticket resolved: only that one is announced and said.
        String ordinary = ticketOf("07709200004", "en");
        move(ordinary, "RESOLVED");
        Transcript both = call("07709200004", "1", "1");
        assertEquals(List.of(ordinary), numbersSaid(both, "en"), "never the complaint: " + both.played);

        // Behind the receipt PIN, the complainant hears that a question awaits them; a wrong PIN hears nothing of it.
        String pin = named.getString("pin");
        String wrongPin = pin.equals("111111") ? "222222" : "111111";
        Transcript wrong = call("07709200003", "4", named.getString("number") + "#", wrongPin + "#", "#", "#");
        assertFalse(wrong.played.contains("hotline/en/question-waiting"), wrong.played.toString());
        Transcript right = call("07709200003", "4", named.getString("number") + "#", pin + "#", "");
        assertEquals("FOUND", right.last("HOTLINE_STATUS"));
        assertEquals(
                "hotline/en/question-waiting",
                right.played.get(right.played.indexOf("hotline/en/status-NEW") + 1),
                right.played.toString());
        assertEquals(List.of("question"), right.all("HOTLINE_NOTICE"));
    }

    @Test
    void theStatusPageSaysAnAnswerIsWaitingInEachLanguageAndSeeingItEndsThePhonesAnnouncement() throws Exception {
        // language, phone, the notice as the page says it
        String[][] readers = {
            {"ar", "07709200011", "تمت معالجة تذكرتك: لديك جواب بانتظارك. اقرأه أدناه."},
            {"en", "07709200012", "Your ticket has been resolved: an answer is waiting for you. Read it below."},
            {"ku", "07709200013", "تیکێتەکەت چارەسەر کرا: وەڵامێک چاوەڕێتە. لە خوارەوە بیخوێنەوە."}
        };
        try (Browser citizen = new Browser().comingFrom("192.0.2.91")) {
            for (String[] reader : readers) {
                String number = ticketOf(reader[1], reader[0]);
                reply(number, "تم تفعيل حسابك، يمكنك الدخول الآن");
                move(number, "RESOLVED");
                citizen.open("/language?to=" + reader[0] + "&back=/ticket/status.xhtml");
                citizen.type(By.id("status:number"), number);
                citizen.type(By.id("status:phone"), reader[1]);
                citizen.submit(By.id("status:show"));
                assertEquals(reader[2], citizen.text(By.id("noticeWaiting")), reader[0]);
                assertEquals(List.of(), seriousProblems(citizen), "the notice in " + reader[0]);
                citizen.screenshot("ticket-notice-" + reader[0]);
                String toldAt = told(number, "told_at");
                assertEquals("web", told(number, "told_by"));

                citizen.refresh();
                assertEquals(reader[2], citizen.text(By.id("noticeWaiting")), "still said to this reader");
                assertEquals(toldAt, told(number, "told_at"), "the reload wrote nothing again");

                Transcript call = call(reader[1], "1");
                assertFalse(
                        call.played.contains("hotline/" + reader[0] + "/notice-waiting"),
                        "seen on the page: not announced: " + call.played);

                citizen.submit(By.id("leaveForm:leave"));
                citizen.type(By.id("status:number"), number);
                citizen.type(By.id("status:phone"), reader[1]);
                citizen.submit(By.id("status:show"));
                assertFalse(citizen.isShown(By.id("noticeWaiting")), "seen: no longer waiting");
                citizen.submit(By.id("leaveForm:leave"));
            }
        }
    }

    @Test
    void theFollowUpPageSaysAQuestionAwaitsTheComplainantAfterThePinInEachLanguage() throws Exception {
        JsonObject receipt = SystemUnderTest.fileComplaint(agent, true);
        String[][] readers = {
            {"ar", "طرح عليك الموظف المختص سؤالًا وهو بانتظار جوابك. أجب عنه هنا."},
            {"en", "The hotline has asked you a question and awaits your answer. Answer it here."},
            {"ku", "فەرمانبەری بەرپرس پرسیارێکی لێ کردوویت و چاوەڕێی وەڵامی تۆیە. لێرە وەڵامی بدەرەوە."}
        };
        try (Browser complainant = new Browser().comingFrom("192.0.2.92")) {
            complainant.open("/language?to=en&back=/complaint/follow.xhtml");
            complainant.type(By.id("followUp:number"), receipt.getString("number"));
            complainant.type(By.id("followUp:pin"), receipt.getString("pin"));
            complainant.submit(By.id("followUp:show"));
            assertFalse(complainant.isShown(By.id("questionWaiting")), "no question yet");

            ask(receipt.getString("number"));
            for (String[] reader : readers) {
                complainant.open("/language?to=" + reader[0] + "&back=/complaint/follow.xhtml");
                assertEquals(reader[1], complainant.text(By.id("questionWaiting")), reader[0]);
                assertEquals(List.of(), seriousProblems(complainant), "the question's notice in " + reader[0]);
                complainant.screenshot("follow-up-question-" + reader[0]);
            }
        }
    }
}
