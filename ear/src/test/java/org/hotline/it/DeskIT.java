package org.hotline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hotline.common.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** The agent's desk in a real browser: a caller found by phone gets a ticket, which then shows in the list. */
class DeskIT {

    private static final String PASSWORD = "a desk passphrase 5599";
    private static Browser browser;

    @BeforeAll
    static void agentAndKnownCaller() throws Exception {
        SystemUnderTest.ensureUser("desk.agent", "Desk Agent", PASSWORD, Role.AGENT);
        SystemUnderTest.ensureUser("desk.colleague", "Desk Colleague", PASSWORD, Role.AGENT);
        Api.Answer known = Api.as("desk.agent", PASSWORD)
                .post("/api/v1/citizens", "{\"phone\":\"07711112222\",\"fullName\":\"زهراء كاظم\"}");
        assertTrue(known.status() == 201 || known.status() == 409, known.text());
        browser = new Browser();
        browser.signIn("desk.agent", PASSWORD);
    }

    @AfterAll
    static void closeBrowser() throws Exception {
        browser.close();
    }

    @Test
    void anAgentCreatesATicketForACallerFoundByPhoneAndSeesItInTheList() throws Exception {
        browser.open("/agent/index.xhtml");
        browser.follow(By.linkText("تذكرة جديدة"));
        browser.type(By.id("newTicket:phone"), "٠٧٧١ ١١١ ٢٢٢٢" + Keys.ENTER);
        assertEquals("زهراء كاظم", browser.waitForText(By.id("citizenName"), "زهراء"));

        browser.type(By.id("newTicket:subject"), "استفسار عن تجديد البطاقة الوطنية الموحدة");
        browser.submit(By.id("newTicket:create"));
        assertEquals("/desk/ticket.xhtml", browser.path());
        String number = browser.text(By.id("ticketNumber"));
        assertTrue(number.matches("[0-9]{7,}"), number);
        assertTrue(
                browser.text(By.id("messages")).contains("تم إنشاء التذكرة " + number),
                browser.text(By.id("messages")));
        assertEquals(
                1,
                browser.elements(By.xpath(
                                "//*[contains(@class,'ui-messages')]//*[contains(text()," + "'تم إنشاء التذكرة')]"))
                        .size(),
                "said once, not again in the phone bar");
        assertEquals("جديدة", browser.text(By.id("ticketStatus")));
        browser.screenshot("ticket-ar");

        browser.follow(By.linkText("التذاكر"));
        String list = browser.text(By.id("tickets:list"));
        assertTrue(list.contains(number) && list.contains("استفسار عن تجديد البطاقة الوطنية الموحدة"), list);
        assertTrue(list.contains("زهراء كاظم"), list);
        browser.screenshot("tickets-ar");
    }

    @Test
    void anUnknownCallerIsRegisteredWithTheTicketAndABadNumberIsNamedBesideTheField() throws Exception {
        browser.open("/desk/new-ticket.xhtml");
        browser.type(By.id("newTicket:phone"), "0770");
        browser.click(By.id("newTicket:lookUp"));
        assertEquals("هذا ليس رقم هاتف يمكن الاتصال به.", browser.waitForText(By.id("newTicket:phoneMessage"), "هاتف"));

        browser.type(By.id("newTicket:phone"), "+964 750 999 8877");
        browser.click(By.id("newTicket:lookUp"));
        browser.waitForText(By.id("newTicket:register"), "لا يوجد مواطن");
        browser.type(By.id("newTicket:fullName"), "Karwan Aziz");
        browser.type(By.id("newTicket:subject"), "Help registering on the portal");
        browser.submit(By.id("newTicket:create"));
        assertEquals("/desk/ticket.xhtml", browser.path());
        assertTrue(Api.as("desk.agent", PASSWORD)
                .get("/api/v1/citizens?phone=07509998877")
                .text()
                .contains("Karwan Aziz"));
    }

    @Test
    void theSecondOfTwoAgentsChangingOneTicketIsToldAndLosesNothingSilently() throws Exception {
        String number = Api.as("desk.agent", PASSWORD)
                .post("/api/v1/tickets", "{\"type\":\"ENQUIRY\",\"channel\":\"PHONE\",\"subject\":\"تذكرة لزميلين\"}")
                .object()
                .getString("number");
        browser.open("/desk/ticket.xhtml?number=" + number);
        try (Browser colleague = new Browser()) {
            colleague.signIn("desk.colleague", PASSWORD);
            colleague.open("/desk/ticket.xhtml?number=" + number);
            colleague.click(By.cssSelector("button.move-OPEN"));
            colleague.waitForText(By.id("ticketStatus"), "مفتوحة");
        }
        browser.type(By.id("workflow:reason"), "بانتظار صورة الهوية");
        browser.click(By.cssSelector("button.move-PENDING_CITIZEN"));
        assertTrue(browser.waitForText(By.id("messages"), "غيّر زميل").startsWith("غيّر زميل هذه التذكرة"));
        assertEquals("مفتوحة", browser.text(By.id("ticketStatus")), "the page shows the ticket as it is now");
        assertEquals(
                "OPEN",
                Api.as("desk.agent", PASSWORD)
                        .get("/api/v1/tickets/" + number)
                        .object()
                        .getString("status"),
                "the second change was not saved");
    }

    @Test
    void aTicketAboutAnEServiceShowsItByNameInTheAgentsLanguage() throws Exception {
        String number = Api.as("desk.agent", PASSWORD)
                .post(
                        "/api/v1/tickets",
                        "{\"type\":\"ENQUIRY\","
                                + "\"channel\":\"PHONE\",\"subject\":\"موعد الجواز\",\"eServiceCode\":\"MOI-PASSPORT-NEW\"}")
                .object()
                .getString("number");
        browser.open("/desk/ticket.xhtml?number=" + number);
        assertEquals(
                "MOI-PASSPORT-NEW — إصدار جواز سفر جديد",
                browser.script("return document.getElementById('links:eService_input').value"));
    }

    /** The value a field holds now, as the agent sees it. */
    private static String value(String id) {
        return browser.value(By.id(id));
    }

    /** A new ticket opened through the API, and its page open in the browser; its database id. */
    private static String ticketOpenInBrowser(String subject) throws Exception {
        String number = Api.as("desk.agent", PASSWORD)
                .post("/api/v1/tickets", "{\"type\":\"ENQUIRY\",\"channel\":\"PHONE\",\"subject\":\"" + subject + "\"}")
                .object()
                .getString("number");
        browser.open("/desk/ticket.xhtml?number=" + number);
        return String.valueOf(Long.parseLong(number.substring(0, number.length() - 1)) - 100_000);
    }

    /** The reasons stored with the ticket's status changes, in order ("-" for none). */
    private static String reasons(String id) throws Exception {
        return SystemUnderTest.queryString(
                "select group_concat(coalesce(detail, '-') order by id separator '|')"
                        + " from ticket_event where ticket_id = ? and kind = 'STATUS_CHANGED'",
                id);
    }

    /** Waits until no ajax request of the page is under way: what Enter or a click started has come back. */
    private static void ajaxDone() {
        browser.waitUntil(
                "return window.PrimeFaces !== undefined && PrimeFaces.ajax.Queue.isEmpty()",
                java.time.Duration.ofSeconds(20));
    }

    @Test
    void aNewCallersNameAndNationalIdAreBothKeptAndEnterInAFieldTriggersNothingElse() throws Exception {
        browser.open("/desk/new-ticket.xhtml");
        browser.type(By.id("newTicket:phone"), "0751 234 5601" + Keys.ENTER);
        browser.waitForText(By.id("newTicket:register"), "لا يوجد مواطن");
        browser.type(By.id("newTicket:fullName"), "هيوا عمر");
        browser.type(By.id("newTicket:nationalId"), "1987 6543 21" + Keys.ENTER);
        ajaxDone();
        assertEquals("هيوا عمر", value("newTicket:fullName"), "Enter after the national ID loses nothing typed");
        assertEquals("1987 6543 21", value("newTicket:nationalId"));
        assertEquals("/desk/new-ticket.xhtml", browser.path(), "Enter in the national ID creates nothing");
        browser.click(By.id("newTicket:lookUp"));
        ajaxDone();
        assertEquals("هيوا عمر", value("newTicket:fullName"), "looking the same number up again keeps the name");
        assertEquals("1987 6543 21", value("newTicket:nationalId"));

        browser.type(By.id("newTicket:subject"), "تسجيل على البوابة");
        browser.submit(By.id("newTicket:create"));
        assertEquals("/desk/ticket.xhtml", browser.path());
        assertTrue(browser.text(By.id("ticketCitizen")).contains("هيوا عمر"), browser.text(By.id("ticketCitizen")));
        String known = Api.as("desk.agent", PASSWORD)
                .get("/api/v1/citizens?phone=07512345601")
                .text();
        assertTrue(known.contains("هيوا عمر") && known.contains("4321"), known);

        browser.open("/desk/new-ticket.xhtml");
        browser.type(By.id("newTicket:phone"), "07512345601" + Keys.ENTER);
        assertEquals("هيوا عمر", browser.waitForText(By.id("citizenName"), "هيوا"));
        assertTrue(browser.text(By.id("newTicket:found")).contains("4321"), browser.text(By.id("newTicket:found")));
    }

    @Test
    void aNationalIdThatIsNotOneIsNamedBesideItsFieldAndNothingTypedIsLost() throws Exception {
        browser.open("/desk/new-ticket.xhtml");
        browser.type(By.id("newTicket:phone"), "07512345603" + Keys.ENTER);
        browser.waitForText(By.id("newTicket:register"), "لا يوجد مواطن");
        browser.type(By.id("newTicket:fullName"), "دلير حسن");
        browser.type(By.id("newTicket:nationalId"), "12");
        browser.type(By.id("newTicket:subject"), "رقم وطني قصير");
        browser.submit(By.id("newTicket:create"));
        assertEquals(
                "الرقم الوطني من 4 إلى 32 حرفاً أو رقماً.",
                browser.waitForSomeText(By.id("newTicket:nationalIdMessage")));
        assertEquals("دلير حسن", value("newTicket:fullName"));
        assertEquals("0", SystemUnderTest.queryString("select count(*) from ticket where subject = 'رقم وطني قصير'"));
    }

    @Test
    void aSubjectOfOnlyWideSpacesIsRefusedBesideTheSubjectAndTheDescriptionStays() throws Exception {
        String description = "وصف يبقى " + System.nanoTime();
        browser.open("/desk/new-ticket.xhtml");
        browser.type(By.id("newTicket:subject"), "\u3000\u2003");
        browser.type(By.id("newTicket:description"), description);
        browser.submit(By.id("newTicket:create"));
        assertEquals(
                "هذه القيمة غير مقبولة هنا: راجع الحقل وحاول مرة أخرى.",
                browser.waitForSomeText(By.id("newTicket:subjectMessage")));
        assertEquals(description, value("newTicket:description"));
        assertEquals(
                "0", SystemUnderTest.queryString("select count(*) from ticket where description = ?", description));
    }

    @Test
    void aCallerWithNoNameRecordedIsSaidToHaveNoneInTheAgentsLanguage() throws Exception {
        Api.Answer nameless = Api.as("desk.agent", PASSWORD).post("/api/v1/citizens", "{\"phone\":\"07512345602\"}");
        assertTrue(nameless.status() == 201 || nameless.status() == 409, nameless.text());
        browser.open("/desk/new-ticket.xhtml");
        browser.type(By.id("newTicket:phone"), "07512345602" + Keys.ENTER);
        assertEquals("(لم يُسجَّل اسم)", browser.waitForText(By.id("citizenName"), "اسم"));
        browser.type(By.id("newTicket:subject"), "متصل بلا اسم");
        browser.submit(By.id("newTicket:create"));
        assertTrue(
                browser.text(By.id("ticketCitizen")).contains("(لم يُسجَّل اسم)"),
                browser.text(By.id("ticketCitizen")));
        try (Browser english = new Browser()) {
            english.signIn("desk.agent", PASSWORD);
            english.open("/language?to=en&back=/desk/new-ticket.xhtml");
            english.type(By.id("newTicket:phone"), "07512345602" + Keys.ENTER);
            assertEquals("(no name recorded)", english.waitForText(By.id("citizenName"), "name"));
        }
    }

    @Test
    void twoSubmitsOfOneNewTicketFormAtOnceOpenOneTicket() throws Exception {
        String subject = "نقرتان معاً " + System.nanoTime();
        browser.open("/desk/new-ticket.xhtml");
        browser.type(By.id("newTicket:subject"), subject);
        // Two posts of the same filled form at the same moment, as a double click sends them
        browser.script(
                "var form = document.getElementById('newTicket');"
                        + " var button = document.getElementById('newTicket:create');"
                        + " var post = function () { return fetch(form.action, {method: 'POST', body: new URLSearchParams("
                        + " new FormData(form, button)), redirect: 'manual', credentials: 'same-origin'}); };"
                        + " window.bothDone = false; Promise.all([post(), post()]).then(function () { window.bothDone = true; });");
        browser.waitUntil("return window.bothDone === true", java.time.Duration.ofSeconds(30));
        assertEquals("1", SystemUnderTest.queryString("select count(*) from ticket where subject = ?", subject));
    }

    @Test
    void eachStatusChangeStoresItsOwnReasonAndTheBoxIsEmptyAfterIt() throws Exception {
        String id = ticketOpenInBrowser("سببان لتغييرين");
        browser.type(By.id("workflow:reason"), "بدأ العمل عليها");
        browser.click(By.cssSelector("button.move-OPEN"));
        browser.waitForText(By.id("ticketStatus"), "مفتوحة");
        ajaxDone();
        assertEquals("", value("workflow:reason"), "the reason of a change made is not offered for the next");
        browser.click(By.cssSelector("button.move-PENDING_CITIZEN"));
        browser.waitForText(By.id("ticketStatus"), "بانتظار");
        assertEquals("بدأ العمل عليها|-", reasons(id));
    }

    @Test
    void enterInTheReasonBoxChangesNoStatus() throws Exception {
        String id = ticketOpenInBrowser("سبب مع Enter");
        browser.type(By.id("workflow:reason"), "سبب لم يُقصد به تغيير" + Keys.ENTER);
        ajaxDone();
        assertEquals("جديدة", browser.text(By.id("ticketStatus")), "Enter in the reason presses no status button");
        // the change the agent then means is the only one made
        browser.type(By.id("workflow:reason"), "بدأ العمل عليها");
        browser.click(By.cssSelector("button.move-OPEN"));
        browser.waitForText(By.id("ticketStatus"), "مفتوحة");
        assertEquals("بدأ العمل عليها", reasons(id));
    }
}
