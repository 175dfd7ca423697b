package org.hotline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.hotline.common.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The supervisors' board in a real Chromium: the desk's backlog as the database counts it, and the wallboard for a
 * screen on the wall, in Arabic, English and Kurdish; neither is there for an agent.
 */
class SupervisorBoardIT {

    private static final String PASSWORD = "a supervisors' board passphrase 5599";

    @BeforeAll
    static void people() throws Exception {
        SystemUnderTest.ensureUser("board.supervisor", "Board Supervisor", PASSWORD, Role.SUPERVISOR);
        SystemUnderTest.ensureUser("board.agent", "Board Agent", PASSWORD, Role.AGENT);
    }

    private static long count(String where) throws Exception {
        return Long.parseLong(SystemUnderTest.queryString("select count(*) from ticket where status in ('NEW', 'OPEN',"
                + " 'PENDING_CITIZEN') and type <> 'COMPLAINT_ABOUT_STAFF'" + where));
    }

    /** The figure as the page writes it, in whichever digits the page's language uses. */
    private static long figure(Browser browser, String id) {
        return Long.parseLong(PageText.latin(browser.text(By.id(id))).replaceAll("[^0-9]", ""));
    }

    @Test
    void theBacklogCountsTheOpenTicketsAsTheDatabaseDoesAndTheWallboardShowsItInEveryLanguage() throws Exception {
        Api agent = Api.as("board.agent", PASSWORD);
        for (String subject : new String[] {"ما كدرت أسجل بالبوابة", "نەمتوانی خۆم تۆمار بکەم"}) {
            assertEquals(
                    201,
                    agent.post(
                                    "/api/v1/tickets",
                                    "{\"type\":\"REGISTRATION_HELP\",\"channel\":\"PHONE\"," + "\"subject\":\""
                                            + subject + "\"}")
                            .status());
        }
        try (Browser supervisor = new Browser()) {
            supervisor.signIn("board.supervisor", PASSWORD);
            assertEquals("/supervisor/index.xhtml", supervisor.path());
            assertEquals(count(""), figure(supervisor, "backlogTotal"));
            assertEquals(count(" and status = 'NEW'"), figure(supervisor, "backlogNew"));
            assertEquals(count(" and assignee_id is null"), figure(supervisor, "backlogUnassigned"));
            assertEquals(count(" and sla_state = 'BREACHED'"), figure(supervisor, "backlogBreached"));
            assertTrue(count(" and status = 'NEW'") >= 2);

            supervisor.follow(By.id("wallboardLink"));
            assertEquals("/supervisor/wallboard.xhtml", supervisor.path());
            assertEquals("rtl", supervisor.direction());
            assertEquals("لوحة عرض الخط الساخن 5599", supervisor.heading());
            assertEquals(count(""), figure(supervisor, "backlogTotal"));
            assertTrue(supervisor.isShown(By.id("liveQueues")) || supervisor.isShown(By.id("live")));
            supervisor.screenshot("wallboard-ar");
            supervisor.follow(By.linkText("English"));
            assertEquals("/supervisor/wallboard.xhtml", supervisor.path());
            assertEquals("Hotline 5599 wallboard", supervisor.heading());
            assertEquals("ltr", supervisor.direction());
            supervisor.follow(By.linkText("کوردی"));
            assertEquals("تەختەی پیشاندانی هێڵی گەرمی 5599", supervisor.heading());
            assertEquals(
                    "کۆنترین تیکێتی کراوە لە", supervisor.text(By.cssSelector("[id$='backlog'] dl div:last-child dt")));
        }
        try (Browser agentBrowser = new Browser()) {
            agentBrowser.signIn("board.agent", PASSWORD);
            HttpResponse<String> asked = SystemUnderTest.get(
                    SystemUnderTest.BASE_URL + "/supervisor/wallboard.xhtml", agentBrowser.cookieHeader());
            assertEquals(404, asked.statusCode(), "a page an agent may not have is a missing page");
        }
    }
}
