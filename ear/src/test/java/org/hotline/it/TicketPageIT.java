package org.hotline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.hotline.common.Role;
import org.hotline.ticket.TicketNumber;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The agent's ticket page as a help-desk user expects it, in a real browser: the caller's other tickets and calls
 * (never a complaint about staff), the e-service's standard answer one click into the reply, keyboard shortcuts and
 * their list, a notice when someone else gives the agent a ticket, and a reply that a double submit adds once.
 */
class TicketPageIT {

    private static final String PASSWORD = "a ticket page passphrase 5599";
    private static final String CALLER = "07719998877";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static Browser browser;
    private static String citizenId;
    private static String current;
    private static String earlier;
    private static String complaint;

    @BeforeAll
    static void aCallerWithTicketsCallsAndAComplaint() throws Exception {
        SystemUnderTest.ensureUser("page.agent", "Page Agent", PASSWORD, Role.AGENT);
        SystemUnderTest.ensureUser("page.colleague", "Page Colleague", PASSWORD, Role.AGENT);
        SystemUnderTest.ensureUser("page.supervisor", "Page Supervisor", PASSWORD, Role.SUPERVISOR);
        Api agent = Api.as("page.agent", PASSWORD);
        citizenId = SystemUnderTest.ensureCitizen(agent, CALLER, "ليلى حسن");
        earlier = agent.post(
                        "/api/v1/tickets",
                        "{\"type\":\"ENQUIRY\",\"channel\":\"PHONE\",\"subject\":"
                                + "\"طلب سابق عن البطاقة الوطنية\",\"citizenId\":" + citizenId + "}")
                .object()
                .getString("number");
        current = agent.post(
                        "/api/v1/tickets",
                        "{\"type\":\"ENQUIRY\",\"channel\":\"PHONE\",\"subject\":"
                                + "\"موعد إصدار الجواز\",\"citizenId\":" + citizenId
                                + ",\"eServiceCode\":\"MOI-PASSPORT-NEW\"}")
                .object()
                .getString("number");
        // A complaint about staff that names the same citizen (as a record tied by hand would): confidential, the
        // officers' alone, so it must never be listed among the citizen's tickets.
        complaint = SystemUnderTest.fileComplaint(agent, false).getString("number");
        SystemUnderTest.execute(
                "update ticket set citizen_id = ? where id = ?",
                citizenId,
                TicketNumber.parse(complaint).sequence());
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        call("1795709000.1", CALLER, now.minusDays(2), "ANSWERED", "PJSIP/1777", 125);
        call("1795709001.1", "+964" + CALLER.substring(1), now.minusDays(1), "ABANDONED", null, null);
        call("1795709002.1", "07719990000", now.minusHours(5), "ANSWERED", "PJSIP/1778", 61); // another caller
        browser = new Browser();
        browser.signIn("page.agent", PASSWORD);
    }

    @AfterAll
    static void closeBrowser() throws Exception {
        browser.close();
    }

    private static void call(
            String linkedid, String caller, LocalDateTime entered, String disposition, String agent, Integer talk)
            throws Exception {
        SystemUnderTest.execute("delete from call_record where linkedid = ?", linkedid);
        SystemUnderTest.execute(
                "insert into call_record (linkedid, caller, entered_at, answered_at, ended_at, agent,"
                        + " talk_seconds, disposition, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                linkedid,
                caller,
                entered,
                agent == null ? null : entered.plusSeconds(20),
                entered.plusMinutes(5),
                agent,
                talk,
                disposition,
                entered.plusMinutes(5));
    }

    @Test
    void theCallersOtherTicketsAndCallsAreShownButNeverAComplaintAboutStaff() throws Exception {
        browser.open("/desk/ticket.xhtml?number=" + current);
        String tickets = browser.text(By.id("otherTickets"));
        assertTrue(
                tickets.contains(earlier)
                        && tickets.contains("طلب سابق عن البطاقة الوطنية")
                        && tickets.contains("جديدة"),
                tickets);
        assertFalse(tickets.contains(complaint), "a complaint about staff is never listed: " + tickets);
        assertFalse(tickets.contains("شكوى"), tickets);
        assertFalse(tickets.contains(current), "the ticket itself is not among the others: " + tickets);

        List<String> calls = browser.elements(By.cssSelector("#callerCalls tr.caller-call"));
        assertEquals(
                2, calls.size(), "the calls from both written forms of the number, not another caller's: " + calls);
        assertTrue(
                calls.get(1).contains("PJSIP/1777")
                        && PageText.latin(calls.get(1)).contains("2 د 5 ث"),
                calls.get(1));
        assertTrue(calls.get(0).contains("تركها المتصل"), "the newest first: " + calls);
        browser.screenshot("ticket-contacts-ar");

        browser.follow(By.linkText(earlier));
        assertEquals(earlier, browser.text(By.id("ticketNumber")));
        assertTrue(browser.text(By.id("otherTickets")).contains(current), browser.text(By.id("otherTickets")));

        // The confidential ticket itself, opened by its number: no caller and no history of anyone is shown with it.
        browser.open("/desk/ticket.xhtml?number=" + complaint);
        assertTrue(browser.isShown(By.id("handledElsewhere")));
        assertFalse(browser.isShown(By.id("contacts")), "a complaint shows nobody's other tickets or calls");

        try (Browser supervisor = new Browser()) {
            supervisor.signIn("page.supervisor", PASSWORD);
            supervisor.open("/language?to=en&back=/index.xhtml");
            supervisor.open("/desk/ticket.xhtml?number=" + current);
            String shown = supervisor.text(By.id("contacts"));
            assertTrue(shown.contains(earlier) && !shown.contains(complaint), shown);
            assertTrue(shown.contains("2 min 5 s"), shown);
        }
    }

    @Test
    void theStandardAnswerGoesIntoTheReplyKeepingWhatWasTyped() throws Exception {
        browser.open("/desk/ticket.xhtml?number=" + current);
        assertTrue(browser.isShown(By.id("answerSample")), "the sample catalogue's answer says it is invented");
        String answer = browser.text(By.id("standardAnswer"));
        assertTrue(answer.contains("بوابة أور"), answer);
        browser.type(By.id("comments:body"), "السلام عليكم،");
        browser.click(By.id("comments:insertAnswer"));
        String reply = browser.value(By.id("comments:body"));
        assertTrue(reply.startsWith("السلام عليكم،") && reply.contains(answer), reply);
        browser.press(By.id("comments:body"), " شكراً");
        assertTrue(
                browser.value(By.id("comments:body")).endsWith(answer + " شكراً"),
                "the cursor is after the answer put in: " + browser.value(By.id("comments:body")));
        browser.click(By.id("comments:add"));
        browser.waitForText(By.id("messages"), "تمت إضافة الملاحظة");
        assertEquals(
                "1",
                SystemUnderTest.queryString(
                        "select count(*) from ticket_comment where ticket_id = ?" + " and body like ? and body like ?",
                        TicketNumber.parse(current).sequence(),
                        "السلام عليكم،%",
                        "%بوابة أور%"));

        browser.type(By.id("comments:body"), "أهلاً وسهلاً");
        browser.script("var box = document.getElementById('comments:body'); box.focus();"
                + " box.setSelectionRange(6, box.value.length);"); // "وسهلاً" selected
        browser.click(By.id("comments:insertAnswer"));
        String withSelection = browser.value(By.id("comments:body"));
        assertTrue(
                withSelection.startsWith("أهلاً وسهلاً") && withSelection.contains(answer),
                "a selected word is kept, the answer goes after it: " + withSelection);

        browser.open("/desk/ticket.xhtml?number=" + earlier); // no e-service, no answer to offer
        assertTrue(browser.isShown(By.id("comments:body")));
        assertFalse(browser.isShown(By.id("comments:insertAnswer")));
    }

    private static boolean shortcutsOpen(Browser in) {
        return Boolean.TRUE.equals(in.script("return document.getElementById('shortcuts').open"));
    }

    @Test
    void questionMarkListsTheShortcutsInEveryLanguageAndEscapeClosesIt() throws Exception {
        try (Browser reader = new Browser()) {
            reader.signIn("page.agent", PASSWORD);
            for (String[] language : new String[][] {
                {"ar", "اختصارات لوحة المفاتيح", "قائمة التذاكر"},
                {"en", "Keyboard shortcuts", "Ticket list"},
                {"ku", "کورتەڕێکانی تەختەکلیل", "لیستی تیکێتەکان"}
            }) {
                reader.open("/language?to=" + language[0] + "&back=/index.xhtml");
                reader.open("/desk/ticket.xhtml?number=" + current);
                assertEquals(language[0], reader.language());
                reader.press(By.tagName("body"), "?");
                reader.waitUntil("return document.getElementById('shortcuts').open === true", PATIENCE);
                String list = reader.text(By.id("shortcuts"));
                assertTrue(list.contains(language[1]) && list.contains(language[2]), list);
                assertEquals("shortcutsClose", reader.script("return document.activeElement.id"));
                List<String> problems = Axe.run(reader).stream()
                        .filter(v -> v.impact().equals("critical") || v.impact().equals("serious"))
                        .map(Axe.Violation::toString)
                        .toList();
                if (!problems.isEmpty()) {
                    fail("the open list in " + language[0] + ":\n" + String.join("\n", problems));
                }
                reader.screenshot("shortcuts-" + language[0]);
                reader.pressOnFocused(Keys.ESCAPE);
                reader.waitUntil("return document.getElementById('shortcuts').open === false", PATIENCE);
            }
        }
    }

    @Test
    void shortcutsNavigateWithAnyLayoutButNotWhileTyping() throws Exception {
        browser.open("/desk/ticket.xhtml?number=" + earlier);
        browser.type(By.id("comments:body"), "لماذا? وكيف/ gt n");
        assertEquals("لماذا? وكيف/ gt n", browser.value(By.id("comments:body")), "every key went into the reply");
        assertFalse(shortcutsOpen(browser), "\"?\" typed in the reply opens nothing");
        assertEquals("/desk/ticket.xhtml", browser.path());

        browser.script("document.activeElement.blur()");
        browser.press(By.tagName("body"), "c");
        assertEquals("comments:body", browser.script("return document.activeElement.id"), "c goes to the reply");
        assertEquals("لماذا? وكيف/ gt n", browser.value(By.id("comments:body")), "and types nothing into it");

        browser.script("document.activeElement.blur()");
        browser.press(By.tagName("body"), "g", "t");
        browser.waitUntil("return location.pathname.endsWith('/desk/tickets.xhtml')", PATIENCE);

        // An Arabic layout: the keys where g and h are give "ل" and "ا"; their place on the keyboard is what counts.
        browser.script("function press(key, code) { document.body.dispatchEvent(new KeyboardEvent('keydown',"
                + " {key: key, code: code, bubbles: true, cancelable: true})); }"
                + " press('ل', 'KeyG'); press('ا', 'KeyH');");
        browser.waitUntil("return location.pathname.endsWith('/agent/index.xhtml')", PATIENCE);
    }

    @Test
    void aTicketGivenByAnotherReachesTheAgentsOpenPageButTakingOneSelfDoesNot() throws Exception {
        try (Browser agentPage = new Browser()) {
            agentPage.signIn("page.agent", PASSWORD);
            agentPage.waitUntil("return document.getElementById('screenPop').dataset.connected === 'true'", PATIENCE);

            String taken = Api.as("page.agent", PASSWORD)
                    .post(
                            "/api/v1/tickets",
                            "{\"type\":\"ENQUIRY\","
                                    + "\"channel\":\"PHONE\",\"subject\":\"أخذتها بنفسي\",\"assignee\":\"page.agent\"}")
                    .object()
                    .getString("number");
            Api colleague = Api.as("page.colleague", PASSWORD);
            var given = colleague
                    .post(
                            "/api/v1/tickets",
                            "{\"type\":\"ENQUIRY\",\"channel\":\"PHONE\",\"subject\":" + "\"من زميل\"}")
                    .object();
            String fromColleague = given.getString("number");
            assertEquals(
                    200,
                    colleague
                            .patch(
                                    "/api/v1/tickets/" + fromColleague,
                                    "{\"version\":" + given.getJsonNumber("version")
                                            + ",\"changes\":{\"assignee\":\"page.agent\"}}")
                            .status());

            agentPage.waitForText(By.id("assignedNotices"), fromColleague);
            String notices = agentPage.text(By.id("assignedNotices"));
            assertTrue(
                    notices.contains("Page Colleague") && !notices.contains("page.colleague"),
                    "who gave it, by name: " + notices);
            assertFalse(notices.contains(taken), "a ticket the agent took is not announced to them: " + notices);
            String href = (String) agentPage.script("return document.querySelector('#assignedNotices a').href");
            assertTrue(href.endsWith("/desk/ticket.xhtml?number=" + fromColleague), href);
            assertEquals(
                    "polite",
                    agentPage.script(
                            "return document.getElementById('assignedNotices')" + ".getAttribute('aria-live')"));

            String fromSupervisor = Api.as("page.supervisor", PASSWORD)
                    .post(
                            "/api/v1/tickets",
                            "{\"type\":"
                                    + "\"ENQUIRY\",\"channel\":\"PHONE\",\"subject\":\"من المشرف\",\"assignee\":\"page.agent\"}")
                    .object()
                    .getString("number");
            agentPage.waitForText(By.id("assignedNotices"), fromSupervisor);
            agentPage.screenshot("assigned-notice-ar");
            agentPage.follow(By.linkText(fromSupervisor));
            assertEquals(fromSupervisor, agentPage.text(By.id("ticketNumber")));
        }
    }

    @Test
    void aReplySentTwiceOrAgainIsAddedOnce() throws Exception {
        browser.open("/desk/ticket.xhtml?number=" + earlier);
        String body = "رد يُرسل مرتين " + System.nanoTime();
        browser.type(By.id("comments:body"), body);
        String post = "var form = document.getElementById('comments');"
                + " var button = document.getElementById('comments:add');"
                + " var post = function () { return fetch(form.action, {method: 'POST', body: new URLSearchParams("
                + " new FormData(form, button)), redirect: 'manual', credentials: 'same-origin'}); };";
        browser.script(post + " window.bothDone = false;"
                + " Promise.all([post(), post()]).then(function () { window.bothDone = true; });");
        browser.waitUntil("return window.bothDone === true", PATIENCE);
        String count = "select count(*) from ticket_comment where body = ?";
        assertEquals("1", SystemUnderTest.queryString(count, body), "a double click adds one reply");

        browser.script(post + " window.againDone = false; post().then(function () { window.againDone = true; });");
        browser.waitUntil("return window.againDone === true", PATIENCE);
        assertEquals("1", SystemUnderTest.queryString(count, body), "the same post sent again adds nothing");

        browser.refresh();
        assertEquals("1", SystemUnderTest.queryString(count, body), "a refresh adds nothing");
        browser.type(By.id("comments:body"), body);
        browser.click(By.id("comments:add"));
        browser.waitForText(By.id("messages"), "تمت إضافة الملاحظة");
        assertEquals("2", SystemUnderTest.queryString(count, body), "a reply written again on purpose is added");
    }
}
