package org.hotline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.hotline.common.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * Pages offer only what they will do, and say what they mean: a ticket offers the actions the desk allows on it to
 * this user, an SLA compliance with nothing to measure is a dash with its reason, a merge is confirmed naming both
 * tickets, and switching the language keeps the ticket or the case on screen.
 */
class OfferedActionsIT {

    private static final String PASSWORD = "an offered actions passphrase 5599";
    /** A day of its own for the ticket report: one ticket created, none resolved. */
    private static final String QUIET_DAY = "2024-05-20";

    private static final String[][] LANGUAGES = {{null, "ar"}, {"English", "en"}, {"کوردی", "ku"}};

    private static Api agent;

    @BeforeAll
    static void people() throws Exception {
        SystemUnderTest.ensureUser("offered.agent", "Offered Agent", PASSWORD, Role.AGENT);
        SystemUnderTest.ensureUser("offered.admin", "Offered Admin", PASSWORD, Role.ADMIN);
        SystemUnderTest.ensureUser("offered.supervisor", "Offered Supervisor", PASSWORD, Role.SUPERVISOR);
        agent = Api.as("offered.agent", PASSWORD);
    }

    private static String ticket(String subject) throws Exception {
        return agent.post(
                        "/api/v1/tickets",
                        "{\"type\":\"ENQUIRY\",\"channel\":\"PHONE\",\"subject\":\"" + subject + "\"}")
                .object()
                .getString("number");
    }

    @Test
    void aComplaintOnTheAgentsDeskOffersNothingTheDeskWouldRefuseAndSaysWhereItIsHandled() throws Exception {
        String complaint = SystemUnderTest.fileComplaint(agent, true).getString("number");
        String ordinary = ticket("تذكرة عادية للمقارنة");
        String[] said = {"ضباط مكافحة الفساد", "anti-corruption officers", "ئەفسەرانی دژە گەندەڵی"};
        try (Browser browser = new Browser()) {
            browser.signIn("offered.agent", PASSWORD);
            browser.open("/desk/ticket.xhtml?number=" + ordinary);
            assertTrue(browser.isShown(By.cssSelector("button.move-RESOLVED")), "an ordinary ticket can be resolved");
            assertTrue(browser.isShown(By.id("comments:add"))
                    && browser.isShown(By.id("merge:mergeButton"))
                    && browser.isShown(By.id("attachments:upload"))
                    && browser.isShown(By.id("links:save")));
            assertFalse(browser.isShown(By.id("handledElsewhere")));

            browser.open("/desk/ticket.xhtml?number=" + complaint);
            for (int i = 0; i < LANGUAGES.length; i++) {
                if (LANGUAGES[i][0] != null) {
                    browser.follow(By.linkText(LANGUAGES[i][0]));
                }
                assertEquals(LANGUAGES[i][1], browser.language());
                assertEquals(complaint, browser.text(By.id("ticketNumber")));
                assertEquals(
                        List.of(),
                        browser.elements(By.cssSelector("#workflow button, #comments button,"
                                + " #attachments .ui-fileupload, #merge button, #links button")),
                        "nothing offered that the desk refuses on a complaint");
                assertTrue(
                        browser.text(By.id("handledElsewhere")).contains(said[i]),
                        browser.text(By.id("handledElsewhere")));
                browser.screenshot("complaint-on-desk-" + LANGUAGES[i][1]);
            }
            browser.follow(By.linkText("العربية"));
        }
        JsonObject view = agent.get("/api/v1/tickets/" + complaint).object();
        assertEquals(0, view.getJsonArray("allowedActions").size(), view.toString());
        assertEquals(0, view.getJsonArray("allowedTransitions").size(), view.toString());
        Api.Answer comment =
                agent.post("/api/v1/tickets/" + complaint + "/comments", "{\"body\":\"تعليق\",\"internal\":true}");
        assertEquals(4, comment.status() / 100, "and the desk still refuses it: " + comment.text());
    }

    @Test
    void anAdministratorIsNotOfferedTheDocumentCheckTheDocumentsBoundaryRefusesThem() throws Exception {
        String number = ticket("تذكرة يراها المدير");
        try (Browser browser = new Browser()) {
            browser.signIn("offered.agent", PASSWORD);
            browser.open("/desk/ticket.xhtml?number=" + number);
            assertTrue(browser.isShown(By.id("documents:checkNumber")), "agents check documents");
        }
        try (Browser browser = new Browser()) {
            browser.signIn("offered.admin", PASSWORD);
            browser.open("/desk/ticket.xhtml?number=" + number);
            assertEquals(number, browser.text(By.id("ticketNumber")));
            assertFalse(browser.isShown(By.id("documents:checkNumber")), "administrators may not check documents");
            assertFalse(browser.isShown(By.id("documents:checkImage")));
            assertTrue(browser.isShown(By.id("comments:add")), "what the desk allows them is still offered");
        }
    }

    @Test
    void theLastEnabledAdministratorIsNotOfferedTheDisableTheUsersBoundaryRefuses() throws Exception {
        By ownRow = By.xpath("//tr[.//span[@class='username' and text()='offered.admin']]");
        String[] said = {"آخر مدير مفعّل", "The last enabled administrator", "دوایین بەڕێوەبەری چالاک"};
        try (Browser browser = new Browser()) {
            browser.signIn("offered.admin", PASSWORD);
            browser.open("/admin/users.xhtml");
            assertEquals(
                    1,
                    browser.elements(By.xpath("//tr[.//span[@class='username' and text()='offered.admin']]"
                                    + "//button[contains(@id, ':disable')]"))
                            .size(),
                    "one administrator among others can go");
            // Every other administrator disabled for a moment, and enabled again after.
            String others = SystemUnderTest.queryString("select group_concat(u.id) from user_account u join"
                    + " user_account_role r on r.user_account_id = u.id and r.role = 'ADMIN' where u.enabled = true"
                    + " and u.username <> 'offered.admin'");
            assertTrue(others == null || others.matches("[0-9,]+"), others);
            try {
                if (others != null) {
                    SystemUnderTest.execute("update user_account set enabled = false where id in (" + others + ")");
                }
                browser.open("/admin/users.xhtml");
                for (int i = 0; i < LANGUAGES.length; i++) {
                    if (LANGUAGES[i][0] != null) {
                        browser.follow(By.linkText(LANGUAGES[i][0]));
                    }
                    assertEquals(LANGUAGES[i][1], browser.language());
                    String row = browser.text(ownRow);
                    assertTrue(row.contains(said[i]), row);
                    assertEquals(
                            0,
                            browser.elements(By.xpath("//tr[.//span[@class='username' and"
                                            + " text()='offered.admin']]//button[contains(@id, ':disable')]"))
                                    .size(),
                            "the last administrator is not offered a disable that would be refused");
                }
                browser.follow(By.linkText("العربية"));
            } finally {
                if (others != null) {
                    SystemUnderTest.execute("update user_account set enabled = true where id in (" + others + ")");
                }
            }
        }
    }

    @Test
    void aMergeIsConfirmedNamingBothTicketsCancelKeepsBothAndTheSurvivorStaysAcrossALanguageSwitch() throws Exception {
        String duplicate = ticket("نسخة مكررة من طلب الجواز");
        String survivor = ticket("طلب الجواز الأصلي");
        try (Browser browser = new Browser()) {
            browser.signIn("offered.agent", PASSWORD);
            browser.open("/desk/ticket.xhtml?number=" + duplicate);
            browser.type(By.id("merge:into"), survivor);
            browser.click(By.id("merge:mergeButton"));
            By dialog = By.id("mergeConfirmForm:mergeConfirm");
            browser.waitForShown(dialog);
            String question = browser.text(dialog);
            assertTrue(
                    question.contains(duplicate)
                            && question.contains("نسخة مكررة من طلب الجواز")
                            && question.contains(survivor)
                            && question.contains("طلب الجواز الأصلي"),
                    question);
            Object sentence = browser.script(
                    "return document.getElementById('mergeConfirmForm:mergeConfirmText')" + ".textContent");
            assertTrue(
                    sentence.toString().contains("(\u2068نسخة مكررة من طلب الجواز\u2069)")
                            && sentence.toString().contains("(\u2068طلب الجواز الأصلي\u2069)"),
                    "each subject is isolated, so a Latin or number-ending subject cannot reorder the sentence");
            browser.screenshot("merge-confirm-ar");

            browser.pressOnFocused(Keys.ESCAPE); // the keyboard's cancel
            browser.waitForHidden(dialog);
            assertEquals(List.of("NEW", "NEW"), List.of(status(duplicate), status(survivor)), "cancel merges nothing");
            assertEquals(duplicate, browser.text(By.id("ticketNumber")));

            browser.click(By.id("merge:mergeButton"));
            browser.waitForShown(dialog);
            browser.click(By.id("mergeConfirmForm:mergeNo"));
            browser.waitForHidden(dialog);
            assertEquals("NEW", status(duplicate), "nor does the cancel button");

            browser.click(By.id("merge:mergeButton"));
            browser.waitForShown(dialog);
            browser.press(By.id("mergeConfirmForm:mergeYes"), Keys.ENTER); // confirmed from the keyboard
            browser.waitForText(By.id("ticketNumber"), survivor);
            assertEquals(survivor, browser.text(By.id("ticketNumber")), "the page goes on to the survivor");
            assertTrue(browser.text(By.id("messages")).contains(duplicate), browser.text(By.id("messages")));
            JsonObject merged = agent.get("/api/v1/tickets/" + duplicate).object();
            assertEquals("CLOSED", merged.getString("status"));
            assertEquals(survivor, merged.getString("mergedInto"));

            browser.follow(By.linkText("English"));
            assertEquals("en", browser.language());
            assertEquals(survivor, browser.text(By.id("ticketNumber")), "the language switch keeps the survivor");
            browser.follow(By.linkText("کوردی"));
            assertEquals(survivor, browser.text(By.id("ticketNumber")));
            browser.follow(By.linkText("العربية"));
        }
    }

    private static String status(String number) throws Exception {
        return agent.get("/api/v1/tickets/" + number).object().getString("status");
    }

    @Test
    void theCitizenFollowingACaseKeepsItAcrossLanguageSwitchesWithoutThePinInTheAddress() throws Exception {
        JsonObject receipt = SystemUnderTest.fileComplaint(agent, true);
        String number = receipt.getString("number");
        String pin = receipt.getString("pin");
        String[] newStatus = {"جديدة", "New", "نوێ"};
        try (Browser citizen = new Browser()) {
            citizen.open("/complaint/follow.xhtml");
            citizen.type(By.id("followUp:number"), number);
            citizen.type(By.id("followUp:pin"), pin);
            citizen.submit(By.id("followUp:show"));
            for (int i = 0; i < LANGUAGES.length; i++) {
                if (LANGUAGES[i][0] != null) {
                    citizen.follow(By.linkText(LANGUAGES[i][0]));
                    assertEquals("/complaint/follow.xhtml", citizen.path());
                }
                assertEquals(LANGUAGES[i][1], citizen.language());
                assertTrue(citizen.isShown(By.id("followStatus")), "the case is still shown in " + LANGUAGES[i][1]);
                assertEquals(newStatus[i], citizen.text(By.id("followStatus")));
                assertTrue(citizen.text(By.id("status")).contains(number));
                assertFalse(citizen.address().contains(pin), citizen.address());
            }
            citizen.follow(By.linkText("العربية"));
            citizen.submit(By.id("leaveForm:leave"));
            assertFalse(citizen.isShown(By.id("followStatus")), "left, the case is no longer shown");
            citizen.open("/complaint/follow.xhtml");
            assertFalse(citizen.isShown(By.id("followStatus")), "not even when the page is opened again");
        }
        try (Browser stranger = new Browser()) {
            stranger.open("/complaint/follow.xhtml");
            assertFalse(stranger.isShown(By.id("followStatus")), "another browser sees no case");
        }
    }

    @Test
    void anSlaComplianceWithNoTicketResolvedIsADashWithItsReasonNotZero() throws Exception {
        Timestamp created = Timestamp.from(LocalDateTime.parse(QUIET_DAY + "T10:00:00")
                .atZone(ZoneId.of("Asia/Baghdad"))
                .toInstant());
        SystemUnderTest.execute(
                "insert into ticket (type, channel, priority, status, subject, created_at, created_by,"
                        + " updated_at, first_response_minutes, resolution_minutes, sla_state) values ('ENQUIRY', 'PHONE',"
                        + " 'NORMAL', 'OPEN', 'يوم بلا حلول', ?, 'history', ?, 60, 2880, 'BREACHED')",
                created,
                created);
        String[] reason = {
            "لم تُحلّ أي تذكرة في هذه الفترة",
            "no ticket resolved in this period",
            "هیچ تیکێتێک لەم ماوەیەدا چارەسەر نەکراوە"
        };
        try (Browser browser = new Browser()) {
            browser.signIn("offered.supervisor", PASSWORD);
            browser.open("/supervisor/reports.xhtml");
            for (int i = 0; i < LANGUAGES.length; i++) {
                if (LANGUAGES[i][0] != null) {
                    browser.follow(By.linkText(LANGUAGES[i][0]));
                }
                browser.script("document.getElementById('period:from_input').value = '" + QUIET_DAY + "';"
                        + "document.getElementById('period:to_input').value = '" + QUIET_DAY + "'");
                browser.submit(By.id("period:show"));
                assertEquals(List.of("1"), browser.elements(By.cssSelector("#tickets .created")));
                assertEquals(List.of("0"), browser.elements(By.cssSelector("#tickets .resolved")));
                assertEquals(List.of("—"), browser.elements(By.cssSelector("#tickets .sla-compliance")));
                assertEquals(List.of("—"), browser.elements(By.cssSelector("#tickets .first-response-compliance")));
                String table = browser.text(By.id("tickets"));
                assertTrue(table.contains(reason[i]), table);
                assertFalse(table.contains("0%"), table);
                browser.screenshot("report-nothing-resolved-" + LANGUAGES[i][1]);
            }
            browser.follow(By.linkText("العربية"));
        }
        JsonObject report = Api.as("offered.supervisor", PASSWORD)
                .get("/api/v1/reports/tickets?from=" + QUIET_DAY + "&to=" + QUIET_DAY)
                .object();
        JsonObject total = report.getJsonObject("total");
        assertEquals(1, total.getInt("created"));
        assertTrue(!total.containsKey("slaCompliance") || total.isNull("slaCompliance"), total.toString());
    }
}
