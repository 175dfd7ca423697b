package org.hotline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hotline.security.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The agent's home in a real Chromium: the tickets the agent holds, those nobody holds, those due within a day, and the
 * queues, in Arabic, English and Kurdish; a colleague's ticket is not among "mine".
 */
class AgentHomeIT {

    private static final String PASSWORD = "an agent home passphrase 5599";

    @BeforeAll
    static void people() throws Exception {
        SystemUnderTest.ensureUser("home.agent", "Home Agent", PASSWORD, Role.AGENT);
        SystemUnderTest.ensureUser("home.colleague", "Home Colleague", PASSWORD, Role.AGENT);
    }

    private static String open(Api agent, String subject, String assignee) throws Exception {
        Api.Answer created = agent.post("/api/v1/tickets", "{\"type\":\"ENQUIRY\",\"channel\":\"PHONE\",\"subject\":\""
                + subject + "\"" + (assignee == null ? "" : ",\"assignee\":\"" + assignee + "\"") + "}");
        assertEquals(201, created.status(), created.text());
        return created.object().getString("number");
    }

    private static String id(String number) {
        return String.valueOf(Long.parseLong(number.substring(0, number.length() - 1)) - 100_000);
    }

    @Test
    void theAgentSeesTheirTicketsThoseNobodyHoldsAndThoseDueSoon() throws Exception {
        Api agent = Api.as("home.agent", PASSWORD);
        String mine = open(agent, "سؤال عن تجديد الجواز، يكول الموقع عاطل", "home.agent");
        String colleagues = open(agent, "پرسیار دەربارەی ناسنامەی نیشتمانی", "home.colleague");
        String nobodys = open(agent, "Karwan: لا يستطيع التسجيل في البوابة", null);
        String late = open(agent, "متأخرة: طلب إعادة تعيين كلمة المرور", "home.agent");
        // Long overdue, so that they come first however many late tickets the other tests left: the lists show the
        // earliest due first, ten at most.
        SystemUnderTest.execute("update ticket set resolution_due_at = '2000-01-01 09:00:00' where id = ?", id(nobodys));
        SystemUnderTest.execute("update ticket set resolution_due_at = '2000-01-01 10:00:00' where id = ?", id(late));

        try (Browser browser = new Browser()) {
            browser.signIn("home.agent", PASSWORD);
            assertEquals("/agent/index.xhtml", browser.path());
            String myList = browser.text(By.id("home:mine"));
            assertTrue(myList.contains(mine) && myList.contains(late), myList);
            assertFalse(myList.contains(colleagues), "a colleague's ticket is not mine");
            assertTrue(browser.text(By.id("home:unassigned")).contains(nobodys));
            assertFalse(browser.text(By.id("home:unassigned")).contains(mine));
            String dueSoon = browser.text(By.id("home:dueSoon"));
            assertTrue(dueSoon.contains(late) && dueSoon.contains(nobodys), dueSoon);
            assertFalse(dueSoon.contains(colleagues), "due soon: mine or nobody's, never a colleague's");
            assertEquals("(" + SystemUnderTest.queryString("select count(*) from ticket t join user_account u on"
                    + " u.id = t.assignee_id where u.username = 'home.agent' and t.status in ('NEW', 'OPEN',"
                    + " 'PENDING_CITIZEN')") + ")", PageText.latin(browser.text(By.id("mineCount"))));
            assertTrue(browser.text(By.id("home:queues")).contains("استفسارات الخدمات الإلكترونية"),
                    browser.text(By.id("home:queues")));
            browser.screenshot("agent-home-ar");

            browser.follow(By.linkText(late));
            assertEquals("/desk/ticket.xhtml", browser.path());
            browser.open("/agent/index.xhtml");
            browser.follow(By.linkText("English"));
            assertEquals("My open tickets", browser.text(By.cssSelector("#mineCard h2")).replaceAll(" \\(.*", ""));
            browser.follow(By.linkText("کوردی"));
            assertEquals("تیکێتە کراوەکانی من", browser.text(By.cssSelector("#mineCard h2")).replaceAll(" \\(.*", ""));
        }
    }
}
