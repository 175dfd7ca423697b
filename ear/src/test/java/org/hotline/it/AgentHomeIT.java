package org.hotline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.hotline.common.Role;
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
        SystemUnderTest.ensureUser("home.teamer", "Home Teamer", PASSWORD, Role.AGENT);
    }

    private static String open(Api agent, String subject, String assignee) throws Exception {
        Api.Answer created = agent.post(
                "/api/v1/tickets",
                "{\"type\":\"ENQUIRY\",\"channel\":\"PHONE\",\"subject\":\"" + subject + "\""
                        + (assignee == null ? "" : ",\"assignee\":\"" + assignee + "\"") + "}");
        assertEquals(201, created.status(), created.text());
        return created.object().getString("number");
    }

    /**
     * Backdates a ticket's creation as well as its due time, with its next SLA check now: the SLA watch (every 2 s on the
     * test server) then computes the state and due time again from the creation, as for a ticket made then.
     */
    private static void overdueSince(String createdAt, String number) throws Exception {
        SystemUnderTest.execute(
                "update ticket set created_at = ?, resolution_due_at = ? + interval 1 hour,"
                        + " sla_check_at = utc_timestamp(6) where id = ?",
                createdAt,
                createdAt,
                id(number));
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
        overdueSince("2000-01-01 09:00:00", nobodys);
        overdueSince("2000-01-01 10:00:00", late);

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
            assertEquals(
                    "("
                            + SystemUnderTest.queryString("select count(*) from ticket t join user_account u on"
                                    + " u.id = t.assignee_id where u.username = 'home.agent' and t.status in ('NEW', 'OPEN',"
                                    + " 'PENDING_CITIZEN')")
                            + ")",
                    PageText.latin(browser.text(By.id("mineCount"))));
            assertTrue(
                    browser.text(By.id("home:queues")).contains("استفسارات الخدمات الإلكترونية"),
                    browser.text(By.id("home:queues")));
            browser.screenshot("agent-home-ar");

            browser.follow(By.linkText(late));
            assertEquals("/desk/ticket.xhtml", browser.path());
            // Once the SLA watch has marked it breached, the page says since when it is late, not a time left.
            String sla = SystemUnderTest.eventually(
                    Duration.ofSeconds(30),
                    "the SLA watch marks the late ticket breached",
                    () -> {
                        browser.refresh();
                        return browser.text(By.id("ticketSla"));
                    },
                    text -> text.contains("متأخرة منذ"));
            assertTrue(PageText.latin(sla).contains("2000"), "the moment it fell due, long ago: " + sla);
            browser.open("/agent/index.xhtml");
            browser.follow(By.linkText("English"));
            assertEquals(
                    "My open tickets",
                    browser.text(By.cssSelector("#mineCard h2")).replaceAll(" \\(.*", ""));
            browser.follow(By.linkText("کوردی"));
            assertEquals(
                    "تیکێتە کراوەکانی من",
                    browser.text(By.cssSelector("#mineCard h2")).replaceAll(" \\(.*", ""));
        }
    }

    @Test
    void anAdministratorPutsAnAgentInATeamAndItsOpenTicketsNobodyHoldsShowOnTheAgentsHome() throws Exception {
        try (Browser admin = new Browser()) {
            admin.signIn("admin", SystemUnderTest.ADMIN_PASSWORD);
            admin.open("/admin/users.xhtml");
            admin.click(By.xpath("//tr[.//span[@class='username' and text()='home.teamer']]//button[contains(@id,"
                    + "':editRoles')]"));
            admin.waitForText(By.id("rolesForm"), "home.teamer");
            admin.click(By.xpath("//form[@id='rolesForm']//label[text()='دعم البوابة']"));
            admin.click(By.id("rolesForm:save"));
            admin.waitForText(By.id("messages"), "تم حفظ أدوار home.teamer.");
            assertTrue(
                    admin.text(By.xpath("//tr[.//span[@class='username' and text()='home.teamer']]"))
                            .contains("دعم البوابة"),
                    "the list shows the agent's team by name");
        }
        assertEquals(
                "PORTAL",
                SystemUnderTest.queryString("select group_concat(m.team_code) from team_member m join"
                        + " user_account u on u.id = m.user_account_id where u.username = 'home.teamer'"));
        assertEquals(
                "admin",
                SystemUnderTest.queryString("select actor from audit_entry where action = 'USER_CHANGED'"
                        + " and target_id = 'home.teamer' and detail like '%teams [PORTAL]%' order by id desc limit 1"),
                "the change is in the audit log");

        Api agent = Api.as("home.agent", PASSWORD);
        String ours = openInTeam(agent, "لا يستطيع رفع المستمسكات على البوابة", "PORTAL");
        String theirs = openInTeam(agent, "توثيق شهادة تخرج", "DOCUMENTS");
        overdueSince("2000-01-01 08:00:00", ours);
        overdueSince("2000-01-01 08:00:00", theirs);
        try (Browser browser = new Browser()) {
            browser.signIn("home.teamer", PASSWORD);
            String teamList = browser.text(By.id("home:teamUnassigned"));
            assertTrue(teamList.contains(ours), teamList);
            assertFalse(teamList.contains(theirs), "another team's ticket is not in my teams' list");
            browser.follow(By.linkText("English"));
            assertEquals(
                    "Open tickets in my teams nobody holds",
                    browser.text(By.cssSelector("#teamUnassignedCard h2")).replaceAll(" \\(.*", ""));
        }
        try (Browser colleague = new Browser()) {
            colleague.signIn("home.colleague", PASSWORD);
            assertFalse(colleague.text(By.id("home:teamUnassigned")).contains(ours), "not in the colleague's teams");
        }

        Api admin = Api.as("admin", SystemUnderTest.ADMIN_PASSWORD);
        Api.Answer unknown = admin.put("/api/v1/users/home.teamer/teams", "{\"teams\":[\"NO-SUCH-TEAM\"]}");
        assertEquals(400, unknown.status(), unknown.text());
        assertTrue(unknown.contentType().startsWith("application/problem+json"), unknown.contentType());
        assertEquals(
                403,
                agent.put("/api/v1/users/home.teamer/teams", "{\"teams\":[]}").status());
        Api.Answer both = admin.put("/api/v1/users/home.teamer/teams", "{\"teams\":[\"portal\",\"DOCUMENTS\"]}");
        assertEquals(200, both.status(), both.text());
        assertEquals(
                "[\"DOCUMENTS\",\"PORTAL\"]",
                both.object().getJsonArray("teams").toString());
    }

    private static String openInTeam(Api agent, String subject, String team) throws Exception {
        Api.Answer created = agent.post(
                "/api/v1/tickets",
                "{\"type\":\"ENQUIRY\",\"channel\":\"PHONE\"," + "\"subject\":\"" + subject + "\",\"teamCode\":\""
                        + team + "\"}");
        assertEquals(201, created.status(), created.text());
        return created.object().getString("number");
    }
}
