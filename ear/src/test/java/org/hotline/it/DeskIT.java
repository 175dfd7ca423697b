package org.hotline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hotline.security.Role;
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
        Api.Answer known = Api.as("desk.agent", PASSWORD).post("/api/v1/citizens",
                "{\"phone\":\"07711112222\",\"fullName\":\"زهراء كاظم\"}");
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
        assertTrue(browser.text(By.id("messages")).contains("تم إنشاء التذكرة " + number), browser.text(By.id("messages")));
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
        assertTrue(Api.as("desk.agent", PASSWORD).get("/api/v1/citizens?phone=07509998877").text()
                .contains("Karwan Aziz"));
    }

    @Test
    void theSecondOfTwoAgentsChangingOneTicketIsToldAndLosesNothingSilently() throws Exception {
        String number = Api.as("desk.agent", PASSWORD).post("/api/v1/tickets",
                "{\"type\":\"ENQUIRY\",\"channel\":\"PHONE\",\"subject\":\"تذكرة لزميلين\"}").object().getString("number");
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
        assertEquals("OPEN", Api.as("desk.agent", PASSWORD).get("/api/v1/tickets/" + number).object()
                .getString("status"), "the second change was not saved");
    }

    @Test
    void aTicketAboutAnEServiceShowsItByNameInTheAgentsLanguage() throws Exception {
        String number = Api.as("desk.agent", PASSWORD).post("/api/v1/tickets", "{\"type\":\"ENQUIRY\","
                + "\"channel\":\"PHONE\",\"subject\":\"موعد الجواز\",\"eServiceCode\":\"MOI-PASSPORT-NEW\"}")
                .object().getString("number");
        browser.open("/desk/ticket.xhtml?number=" + number);
        assertEquals("MOI-PASSPORT-NEW — إصدار جواز سفر جديد",
                browser.script("return document.getElementById('links:eService_input').value"));
    }
}
