package org.hotline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.hotline.common.Role;
import org.hotline.ticket.TicketNumber;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The agent's ticket list in a real Chromium: sorted by a click on a column's header (again: the other way round),
 * in Arabic and English; tickets ticked on the page given to an agent, moved to a team and moved along the workflow at
 * once, a ticket the workflow refuses named with why; the pickers show people by name; and the same through the API,
 * where a batch with a mistake changes nothing and a complaint is refused to agents as on its own.
 */
class TicketListIT {

    private static final String PASSWORD = "a ticket list passphrase 5599";
    private static Api agent;

    @BeforeAll
    static void people() throws Exception {
        SystemUnderTest.ensureUser("list.agent", "List Agent", PASSWORD, Role.AGENT);
        SystemUnderTest.ensureUser("list.sorter", "Sorting Holder", PASSWORD, Role.AGENT);
        SystemUnderTest.ensureUser("list.before", "Bulk Before", PASSWORD, Role.AGENT);
        SystemUnderTest.ensureUser("list.target", "سارة الجبوري", PASSWORD, Role.AGENT);
        SystemUnderTest.ensureUser("list.other", "Other Holder", PASSWORD, Role.AGENT);
        SystemUnderTest.ensureUser("list.api", "Api Target", PASSWORD, Role.AGENT);
        agent = Api.as("list.agent", PASSWORD);
    }

    private static String open(String subject, String priority, String assignee) throws Exception {
        Api.Answer created = agent.post(
                "/api/v1/tickets",
                "{\"type\":\"ENQUIRY\",\"channel\":\"PHONE\",\"subject\":\"" + subject + "\",\"priority\":\"" + priority
                        + "\",\"assignee\":\"" + assignee + "\"}");
        assertEquals(201, created.status(), created.text());
        return created.object().getString("number");
    }

    /** A ticket's status, assignee, team and version, as the database holds them. */
    private static String state(String number) throws Exception {
        return SystemUnderTest.queryString(
                "select concat(status, '/', coalesce(assignee_id, '-'), '/',"
                        + " coalesce(team_id, '-'), '/', version) from ticket where id = ?",
                id(number));
    }

    private static String id(String number) {
        return String.valueOf(TicketNumber.parse(number).sequence());
    }

    /**
     * Chooses a value in a PrimeFaces menu as a click on its item does: the menu's own change, with its ajax where it
     * has one ({@code selectValue} alone changes the value silently).
     */
    private static void choose(Browser browser, String menu, String value) {
        browser.script(
                "var menu = PrimeFaces.getWidgetById(arguments[0]); menu.selectValue(arguments[1]);"
                        + " menu.triggerChange();",
                menu,
                value);
    }

    /** Waits until the list shows exactly these tickets, in this order. */
    private static void waitForRows(Browser browser, List<String> numbers) {
        String expected = numbers.stream().map(n -> "'" + n + "'").collect(Collectors.joining(","));
        browser.waitUntil(
                "return Array.from(document.querySelectorAll(\"[id='tickets:list_data'] a.ticket-number\"))"
                        + ".map(a => a.textContent.trim()).join() === [" + expected + "].join()",
                Duration.ofSeconds(20));
    }

    private static void tick(Browser browser, String number) {
        browser.click(By.xpath(
                "//tr[.//a[normalize-space(.)='" + number + "']]//div[contains(@class," + "'ui-chkbox-box')]"));
    }

    @Test
    void aClickOnAColumnsHeaderSortsTheListAndASecondClickTurnsItRoundInArabicAndEnglish() throws Exception {
        String low = open("ترتيب: أولوية منخفضة", "LOW", "list.sorter");
        String urgent = open("ترتيب: أولوية عاجلة", "URGENT", "list.sorter");
        String high = open("ترتيب: أولوية عالية", "HIGH", "list.sorter");
        try (Browser browser = new Browser()) {
            browser.signIn("list.agent", PASSWORD);
            browser.open("/desk/tickets.xhtml");
            assertTrue(
                    ((String) browser.script("return Array.from(document.getElementById('tickets:assignee_input')"
                                    + ".options).map(o => o.text).join('|')"))
                            .contains("Sorting Holder"),
                    "the assignee picker shows people by name");
            choose(browser, "tickets:assignee", "list.sorter");
            waitForRows(browser, List.of(high, urgent, low)); // the newest first until a header is clicked
            assertTrue(browser.text(By.id("tickets:list")).contains("Sorting Holder"), "the assignee by name");

            browser.click(By.id("tickets:list:priority"));
            waitForRows(browser, List.of(urgent, high, low));
            browser.click(By.id("tickets:list:priority"));
            waitForRows(browser, List.of(low, high, urgent));
            browser.screenshot("tickets-sorted-ar");

            browser.follow(By.linkText("English"));
            choose(browser, "tickets:assignee", "list.sorter");
            waitForRows(browser, List.of(high, urgent, low));
            browser.click(By.id("tickets:list:created"));
            waitForRows(browser, List.of(low, urgent, high));
            browser.click(By.id("tickets:list:created"));
            waitForRows(browser, List.of(high, urgent, low));
            browser.click(By.id("tickets:list:priority"));
            waitForRows(browser, List.of(urgent, high, low));
        }
        Api.Answer byApi = agent.get("/api/v1/tickets?assignee=list.sorter&order=-priority");
        assertEquals(200, byApi.status(), byApi.text());
        assertEquals(
                List.of(low, high, urgent),
                byApi.object().getJsonArray("items").stream()
                        .map(item -> item.asJsonObject().getString("number"))
                        .toList(),
                "the API sorts the same way");
        assertEquals(400, agent.get("/api/v1/tickets?order=colour").status());
    }

    @Test
    void tickedTicketsAreAssignedMovedToATeamAndMovedAlongTheWorkflowAtOnceEachRefusalSaid() throws Exception {
        String first = open("دفعة: لا يستطيع تسجيل الدخول", "NORMAL", "list.before");
        String second = open("دفعة: تحديث رقم الهاتف", "NORMAL", "list.before");
        String closed = open("دفعة: سؤال أجيب عنه", "NORMAL", "list.before");
        SystemUnderTest.execute("update ticket set status = 'CLOSED' where id = ?", id(closed));
        try (Browser browser = new Browser()) {
            browser.signIn("list.agent", PASSWORD);
            browser.open("/desk/tickets.xhtml");
            choose(browser, "tickets:assignee", "list.before");
            waitForRows(browser, List.of(closed, second, first));
            for (String number : List.of(first, second, closed)) {
                tick(browser, number);
            }
            choose(browser, "tickets:bulkAssignee", "list.target");
            browser.click(By.id("tickets:assign"));
            assertEquals(
                    "تم تغيير 3 من التذاكر المختارة.",
                    PageText.latin(browser.waitForText(By.id("messages"), "تم تغيير"))
                            .strip());
            for (String number : List.of(first, second, closed)) {
                assertEquals(
                        "list.target",
                        agent.get("/api/v1/tickets/" + number).object().getString("assignee"));
            }
            assertEquals(
                    "1",
                    SystemUnderTest.queryString(
                            "select count(*) from ticket_event where ticket_id = ?"
                                    + " and kind = 'ASSIGNED' and actor = 'list.agent' and detail = 'list.target / -'",
                            id(second)),
                    "on the timeline, as a change on the ticket's page is");

            choose(browser, "tickets:assignee", "list.target");
            waitForRows(browser, List.of(closed, second, first));
            assertTrue(browser.text(By.id("tickets:list")).contains("سارة الجبوري"), "the new assignee, by name");
            for (String number : List.of(first, second, closed)) {
                tick(browser, number);
            }
            choose(browser, "tickets:bulkTeam", "PORTAL");
            browser.click(By.id("tickets:moveToTeam"));
            browser.waitForText(By.id("tickets:list"), "دعم البوابة");
            for (String number : List.of(first, second, closed)) {
                assertEquals(
                        "PORTAL",
                        agent.get("/api/v1/tickets/" + number).object().getString("team"));
            }

            for (String number : List.of(first, second, closed)) {
                tick(browser, number);
            }
            choose(browser, "tickets:bulkStatus", "OPEN");
            browser.click(By.id("tickets:move"));
            String said = PageText.latin(browser.waitForText(By.id("messages"), "لم تتغير"));
            assertTrue(said.contains("تم تغيير 2 من التذاكر المختارة."), said);
            assertTrue(said.contains("لم تتغير التذكرة " + closed + ": لا يمكن نقلها من «مغلقة» إلى «مفتوحة»."), said);
            browser.screenshot("tickets-bulk-ar");
        }
        assertEquals("OPEN", agent.get("/api/v1/tickets/" + first).object().getString("status"));
        assertEquals("OPEN", agent.get("/api/v1/tickets/" + second).object().getString("status"));
        assertEquals("CLOSED", agent.get("/api/v1/tickets/" + closed).object().getString("status"));
    }

    @Test
    void nothingTickedOrNothingChosenIsSaidAndNothingChanges() throws Exception {
        String number = open("دفعة: بلا اختيار", "NORMAL", "list.other");
        try (Browser browser = new Browser()) {
            browser.signIn("list.agent", PASSWORD);
            browser.follow(By.linkText("English"));
            browser.open("/desk/tickets.xhtml");
            browser.click(By.id("tickets:assign"));
            assertEquals(
                    "Choose the agent to give the tickets to.",
                    browser.waitForSomeText(By.id("tickets:bulkAssigneeMessage")));
            assertTrue(browser.text(By.id("messages")).contains("Select at least one ticket in the list."));
        }
        assertEquals(
                "list.other", agent.get("/api/v1/tickets/" + number).object().getString("assignee"));
    }

    @Test
    void theApiChangesManyAtOnceAndABatchWithAMistakeChangesNothing() throws Exception {
        String one = open("واجهة: أولى", "NORMAL", "list.other");
        String two = open("واجهة: ثانية", "NORMAL", "list.other");
        String nowhere = TicketNumber.forSequence(987_654_321L).digits();

        Api.Answer unknownTicket = agent.post(
                "/api/v1/tickets/bulk",
                "{\"numbers\":[\"" + one + "\",\"" + nowhere + "\"],\"assignee\":\"list.api\"}");
        assertEquals(404, unknownTicket.status(), unknownTicket.text());
        assertTrue(unknownTicket.contentType().startsWith("application/problem+json"), unknownTicket.contentType());
        Api.Answer unknownAgent =
                agent.post("/api/v1/tickets/bulk", "{\"numbers\":[\"" + one + "\"]," + "\"assignee\":\"nobody.here\"}");
        assertEquals(400, unknownAgent.status(), unknownAgent.text());
        assertEquals(
                "assignee",
                unknownAgent.object().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Answer unknownTeam =
                agent.post("/api/v1/tickets/bulk", "{\"numbers\":[\"" + one + "\"]," + "\"team\":\"NO-SUCH-TEAM\"}");
        assertEquals(400, unknownTeam.status(), unknownTeam.text());
        Api.Answer badNumber = agent.post("/api/v1/tickets/bulk", "{\"numbers\":[\"12345\"],\"status\":\"OPEN\"}");
        assertEquals(400, badNumber.status(), badNumber.text());
        Api.Answer nothingToDo = agent.post("/api/v1/tickets/bulk", "{\"numbers\":[\"" + one + "\"]}");
        assertEquals(400, nothingToDo.status(), nothingToDo.text());
        assertTrue(nothingToDo.contentType().startsWith("application/problem+json"), nothingToDo.contentType());
        String tooMany =
                IntStream.rangeClosed(1, 201).mapToObj(i -> "\"" + one + "\"").collect(Collectors.joining(","));
        Api.Answer overTheCap =
                agent.post("/api/v1/tickets/bulk", "{\"numbers\":[" + tooMany + "],\"status\":\"OPEN\"}");
        assertEquals(400, overTheCap.status(), overTheCap.text());
        assertEquals(
                "list.other",
                agent.get("/api/v1/tickets/" + one).object().getString("assignee"),
                "a batch with a mistake changed nothing");
        assertEquals("NEW", agent.get("/api/v1/tickets/" + one).object().getString("status"));

        Api.Answer done = agent.post(
                "/api/v1/tickets/bulk",
                "{\"numbers\":[\"" + one + "\",\"" + two + "\"],"
                        + "\"assignee\":\"list.api\",\"team\":\"DOCUMENTS\",\"status\":\"OPEN\",\"reason\":\"فرز الصباح\"}");
        assertEquals(200, done.status(), done.text());
        assertEquals(2, done.object().getJsonArray("changed").size(), done.text());
        JsonObject read = agent.get("/api/v1/tickets/" + two).object();
        assertEquals("list.api", read.getString("assignee"));
        assertEquals("DOCUMENTS", read.getString("team"));
        assertEquals("OPEN", read.getString("status"));
    }

    @Test
    void anAgentCannotChangeAComplaintInBulkAndTheOthersInTheBatchAreChanged() throws Exception {
        String complaint = SystemUnderTest.fileComplaint(agent, true).getString("number");
        String ordinary = open("دفعة مع شكوى", "NORMAL", "list.other");
        String before = state(complaint);

        Api.Answer answer = agent.post(
                "/api/v1/tickets/bulk",
                "{\"numbers\":[\"" + complaint + "\",\"" + ordinary
                        + "\"],\"assignee\":\"list.api\",\"status\":\"OPEN\"}");
        assertEquals(200, answer.status(), answer.text());
        assertEquals(
                List.of(ordinary),
                answer.object().getJsonArray("changed").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList());
        JsonObject refused = answer.object().getJsonArray("refused").getJsonObject(0);
        assertEquals(complaint, refused.getString("number"));
        assertEquals("CONFIDENTIAL", refused.getString("reason"));
        assertEquals(before, state(complaint), "the complaint is exactly as it was");

        try (Browser browser = new Browser()) {
            browser.signIn("list.agent", PASSWORD);
            browser.open("/desk/tickets.xhtml");
            choose(browser, "tickets:type", "COMPLAINT_ABOUT_STAFF");
            // the ordinary ticket, the newest, leaves the list when the filter has been applied
            browser.waitUntil(
                    "return !document.getElementById('tickets:list_data').textContent.includes('" + ordinary + "')",
                    Duration.ofSeconds(20));
            assertTrue(browser.text(By.id("tickets:list")).contains(complaint));
            tick(browser, complaint);
            choose(browser, "tickets:bulkStatus", "OPEN");
            browser.click(By.id("tickets:move"));
            assertTrue(
                    browser.waitForText(By.id("messages"), "لم تتغير")
                            .contains("لم تتغير التذكرة " + complaint + ": إنها شكوى"),
                    browser.text(By.id("messages")));
        }
        assertEquals(before, state(complaint));
    }

    @Test
    void theTicketPagePicksTheAssigneeAndTeamByNameAndAnUnknownOneIsSaidBesideItsField() throws Exception {
        String number = open("صفحة: اختيار الموظف", "NORMAL", "list.other");
        try (Browser browser = new Browser()) {
            browser.signIn("list.agent", PASSWORD);
            browser.open("/desk/ticket.xhtml?number=" + number);
            String agents = (String) browser.script("return Array.from(document.getElementById("
                    + "'links:assignee_input').options).map(o => o.text).join('|')");
            assertTrue(agents.contains("سارة الجبوري") && !agents.contains("list.target"), agents);
            String teams = (String) browser.script("return Array.from(document.getElementById('links:team_input')"
                    + ".options).map(o => o.text).join('|')");
            assertTrue(teams.contains("دعم البوابة"), teams);
            choose(browser, "links:assignee", "list.api");
            choose(browser, "links:team", "FRONT");
            browser.click(By.id("links:save"));
            browser.waitForText(By.id("messages"), "تم الحفظ.");
            SystemUnderTest.eventually(
                    Duration.ofSeconds(20),
                    "the ticket is given to list.target",
                    () -> "list.api"
                            .equals(agent.get("/api/v1/tickets/" + number)
                                    .object()
                                    .getString("assignee")));
            assertEquals(
                    "FRONT", agent.get("/api/v1/tickets/" + number).object().getString("team"));

            // a value no picker offers, posted anyway: said beside the field, nothing changes
            browser.script("var s = document.getElementById('links:assignee_input');"
                    + " var o = document.createElement('option'); o.value = 'nobody.here'; o.text = 'x'; s.add(o);"
                    + " s.value = 'nobody.here';");
            browser.click(By.id("links:save"));
            assertEquals("اختر من القائمة.", browser.waitForSomeText(By.id("links:assigneeMessage")));
        }
        assertEquals("list.api", agent.get("/api/v1/tickets/" + number).object().getString("assignee"));
    }
}
