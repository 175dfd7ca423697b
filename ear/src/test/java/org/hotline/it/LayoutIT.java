package org.hotline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hotline.common.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/**
 * What a person sees of the pages' layout, measured in Chromium from the boxes the browser drew, right to left and
 * left to right: nothing runs off the page or is clipped in a table, a label sits beside its box, a drop-down's
 * arrow leaves its text readable, the screen pop leaves the form free, and a complaint's receipt is easy to read out.
 */
class LayoutIT {

    private static final String PASSWORD = "a layout passphrase 5599";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** A link pasted into a description: one "word" longer than any page is wide. */
    private static final String PASTED_LINK =
            "https://ur.gov.iq/services/passport/renew?session=" + "7f3a9c0d".repeat(30);

    private static final String LONG_PHONE = "PJSIP/karrada_east_reception_desk_1501";
    private static final String LONG_OFFICE = "مديرية_الجوازات_والإقامة_فرع_الكرادة_الشرقية_الطابق_الثاني";

    private static String ticketNumber;
    private static String complaintNumber;

    /** The text's own box (not its element's), its element's box, and the page's width and scrollable width. */
    private static final String MEASURE = """
            var e = arguments[0]; var range = document.createRange(); range.selectNodeContents(e);
            var t = range.getBoundingClientRect(); var b = e.getBoundingClientRect();
            return {textLeft: t.left, textRight: t.right, textTop: t.top, textBottom: t.bottom,
                    left: b.left, right: b.right, top: b.top, bottom: b.bottom, width: b.width, height: b.height,
                    scrollWidth: e.scrollWidth, clientWidth: e.clientWidth,
                    pageWidth: document.documentElement.clientWidth,
                    pageScrollWidth: document.documentElement.scrollWidth};""";

    @BeforeAll
    static void ticketComplaintAndPeople() throws Exception {
        SystemUnderTest.ensureUser("layout.agent", "Layout Agent", PASSWORD, Role.AGENT);
        SystemUnderTest.ensureUser("layout.officer", "Layout Officer", PASSWORD, Role.OFFICER);
        SystemUnderTest.ensureAgentWithPhone("layout.phone", "Layout Phone", PASSWORD, LONG_PHONE);
        Api agent = Api.as("layout.agent", PASSWORD);
        Api.Answer ticket = agent.post(
                "/api/v1/tickets",
                "{\"type\":\"ENQUIRY\",\"channel\":\"PHONE\",\"subject\":" + "\"رابط لا يعمل\",\"description\":\""
                        + PASTED_LINK + "\"}");
        assertEquals(201, ticket.status(), ticket.text());
        ticketNumber = ticket.object().getString("number");
        Api.Answer complaint = agent.post(
                "/api/v1/complaints",
                "{\"institutionCode\":\"MOI\",\"office\":\""
                        + LONG_OFFICE + "\",\"accusedDescription\":\"موظف الشباك\",\"allegation\":\"BRIBE_REQUEST\","
                        + "\"narrative\":\"" + PASTED_LINK + "\",\"anonymous\":true}");
        assertEquals(201, complaint.status(), complaint.text());
        complaintNumber = complaint.object().getString("number");
        Api.Answer evidence = agent.postBytes(
                "/api/v1/complaints/" + complaintNumber + "/evidence?name=receipt.png",
                "image/png",
                ComplaintCaseIT.PNG);
        assertEquals(204, evidence.status(), evidence.text());
    }

    private static Map<?, ?> measure(Browser browser, By element) {
        return (Map<?, ?>) browser.script(MEASURE, browser.find(element));
    }

    private static double number(Map<?, ?> box, String key) {
        return ((Number) box.get(key)).doubleValue();
    }

    private static void inLanguage(Browser browser, String language, String page) {
        browser.open("/language?to=" + language + "&back=" + page);
        assertEquals(language, browser.language());
    }

    /** The text lies within the page: not past either edge, and the page does not scroll sideways. */
    private static void assertWithinThePage(Browser browser, By element, String what) {
        Map<?, ?> box = measure(browser, element);
        assertTrue(
                number(box, "textLeft") >= -0.5 && number(box, "textRight") <= number(box, "pageWidth") + 0.5,
                what + " runs off the page: " + box);
        assertTrue(number(box, "pageScrollWidth") <= number(box, "pageWidth"), what + " widens the page: " + box);
    }

    /** Times are on the 24-hour clock in every language, in Baghdad time: no "ص/م", "پ.ن/د.ن" or "AM/PM". */
    @ParameterizedTest
    @ValueSource(strings = {"ar", "en", "ku"})
    void aTimeReadsOnTheTwentyFourHourClockInBaghdadTime(String language) throws Exception {
        Api agentApi = Api.as("layout.agent", PASSWORD);
        String created =
                agentApi.get("/api/v1/tickets/" + ticketNumber).object().getString("createdAt");
        String clock = java.time.Instant.parse(created)
                .atZone(java.time.ZoneId.of("Asia/Baghdad"))
                .format(java.time.format.DateTimeFormatter.ofPattern("HH:mm"));
        try (Browser agent = new Browser()) {
            agent.signIn("layout.agent", PASSWORD);
            inLanguage(agent, language, "/desk/ticket.xhtml?number=" + ticketNumber);
            String line = agent.elements(By.cssSelector("#timeline li")).get(0);
            assertTrue(line.contains(clock + " · "), "the creation at " + clock + ", as read: " + line);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "en"})
    void aLongDescriptionAndAFullShaWrapWithinThePage(String language) throws Exception {
        try (Browser agent = new Browser();
                Browser officer = new Browser()) {
            agent.signIn("layout.agent", PASSWORD);
            inLanguage(agent, language, "/desk/tickets.xhtml");
            agent.open("/desk/ticket.xhtml?number=" + ticketNumber);
            assertWithinThePage(agent, By.cssSelector("p.description"), "the ticket's description");

            officer.signIn("layout.officer", PASSWORD);
            inLanguage(officer, language, "/officer/index.xhtml");
            officer.open("/officer/complaint.xhtml?number=" + complaintNumber);
            assertWithinThePage(officer, By.id("caseNarrative"), "the complaint's narrative");
            String sha = officer.text(By.cssSelector("#evidence code.sha"));
            assertTrue(sha.matches("[0-9a-f]{64}"), "the full SHA-256 is shown: " + sha);
            assertWithinThePage(officer, By.cssSelector("#evidence code.sha"), "the evidence's SHA-256");
            officer.screenshot("layout-long-words-" + language);
        }
    }

    /** The cell shows all of its text: nothing hidden past the cell's edges. */
    private static void assertNotClipped(Browser browser, By element, String what) {
        Map<?, ?> text = measure(browser, element);
        Map<?, ?> cell =
                (Map<?, ?>) browser.script(MEASURE, browser.find(element).findElement(By.xpath("./ancestor::td")));
        assertTrue(
                number(text, "textLeft") >= number(cell, "left") - 0.5
                        && number(text, "textRight") <= number(cell, "right") + 0.5
                        && number(cell, "scrollWidth") <= number(cell, "clientWidth"),
                what + " is clipped by its column: text " + text + ", cell " + cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "en"})
    void thePhoneOfTheUsersPageAndTheOfficeOfHotspotsAreShownWhole(String language) throws Exception {
        try (Browser admin = new Browser();
                Browser officer = new Browser()) {
            admin.signIn("admin", SystemUnderTest.ADMIN_PASSWORD);
            inLanguage(admin, language, "/admin/users.xhtml");
            By phone = By.xpath("//span[contains(@class,'phone-interface')][normalize-space()='" + LONG_PHONE + "']");
            assertNotClipped(admin, phone, "the phone");

            officer.signIn("layout.officer", PASSWORD);
            inLanguage(officer, language, "/officer/hotspots.xhtml");
            By office = By.xpath("//bdi[contains(@class,'office')][normalize-space()='" + LONG_OFFICE + "']");
            assertNotClipped(officer, office, "the office");
            officer.screenshot("layout-hotspots-" + language);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "en", "ku"})
    void eachFilterLabelSitsBesideItsBoxInAWideAndANarrowWindow(String language) throws Exception {
        try (Browser agent = new Browser()) {
            agent.signIn("layout.agent", PASSWORD);
            inLanguage(agent, language, "/desk/tickets.xhtml");
            for (int width : new int[] {1280, 1000, 760}) {
                agent.resize(width, 900);
                @SuppressWarnings("unchecked")
                List<String> apart = (List<String>) agent.script("""
                        var apart = [];
                        document.querySelectorAll('.filters label[for]').forEach(function (label) {
                            var target = document.getElementById(label.htmlFor);
                            var box = document.getElementById(label.htmlFor.replace(/_(focus|input)$/, '')) || target;
                            var l = label.getBoundingClientRect(), b = box.getBoundingClientRect();
                            var sameRow = l.top < b.bottom && b.top < l.bottom;
                            var gap = Math.max(b.left - l.right, l.left - b.right);
                            if (!sameRow || gap > 24) {
                                apart.push(label.textContent.trim() + ' (label ' + JSON.stringify(l) + ', box '
                                        + JSON.stringify(b) + ')');
                            }
                        });
                        return apart;""");
                assertTrue(apart.isEmpty(), "labels apart from their boxes at " + width + " px: " + apart);
            }
            agent.screenshot("layout-filters-" + language);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "en", "ku"})
    void aDropDownsArrowLeavesItsTextReadable(String language) throws Exception {
        try (Browser agent = new Browser()) {
            agent.signIn("layout.agent", PASSWORD);
            inLanguage(agent, language, "/desk/tickets.xhtml");
            // Each filter's drop-down is as wide as its longest option; each shows that option, chosen as a person
            // would.
            @SuppressWarnings("unchecked")
            List<String> covered = (List<String>) agent.script("""
                    var covered = [];
                    document.querySelectorAll('.filters .ui-selectonemenu').forEach(function (element) {
                        var menu = PrimeFaces.getWidgetById(element.id);
                        var longest = null;
                        menu.input.find('option').each(function () {
                            if (!longest || this.text.length > longest.text.length) { longest = this; }
                        });
                        menu.selectValue(longest.value);
                        var label = element.querySelector('.ui-selectonemenu-label');
                        var arrow = element.querySelector('.ui-selectonemenu-trigger').getBoundingClientRect();
                        var range = document.createRange(); range.selectNodeContents(label);
                        var text = range.getBoundingClientRect(), box = element.getBoundingClientRect();
                        var underArrow = text.left < arrow.right && arrow.left < text.right;
                        var cut = text.left < box.left - 0.5 || text.right > box.right + 0.5;
                        if (underArrow || cut) {
                            covered.push(label.textContent + ': text ' + text.left + '..' + text.right + ', arrow '
                                    + arrow.left + '..' + arrow.right + ', box ' + box.left + '..' + box.right);
                        }
                    });
                    return covered;""");
            assertTrue(covered.isEmpty(), "drop-downs whose arrow covers or cuts their text: " + covered);
            agent.screenshot("layout-drop-down-" + language);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "en"})
    void theReceiptsNumberAndPinAreLargeAndBesideTheirLabels(String language) throws Exception {
        try (Browser citizen = new Browser()) {
            inLanguage(citizen, language, "/complaint/new.xhtml");
            citizen.script("document.getElementById('complaint:institution_input').value = 'MOI';"
                    + " document.getElementById('complaint:allegation_input').value = 'BRIBE_REQUEST';");
            citizen.type(By.id("complaint:accusedDescription"), "موظف الاستعلامات");
            citizen.type(By.id("complaint:narrative"), "طلب مبلغًا لإكمال المعاملة");
            citizen.submit(By.id("complaint:submit"));
            citizen.waitForSomeText(By.id("receiptNumber"));
            for (String id : List.of("receiptNumber", "receiptPin")) {
                Map<?, ?> value = measure(citizen, By.id(id));
                Map<?, ?> label = (Map<?, ?>) citizen.script(
                        MEASURE, citizen.find(By.id(id)).findElement(By.xpath("./preceding-sibling::dt[1]")));
                double fontSize = Double.parseDouble(((String) citizen.script(
                                "return getComputedStyle(document.getElementById(arguments[0])).fontSize", id))
                        .replace("px", ""));
                assertTrue(fontSize >= 24, id + " is small: " + fontSize + " px");
                assertTrue(
                        number(label, "textTop") < number(value, "textBottom")
                                && number(value, "textTop") < number(label, "textBottom"),
                        id + " is not on its label's line: label " + label + ", value " + value);
                double gap = Math.max(
                        number(value, "textLeft") - number(label, "textRight"),
                        number(label, "textLeft") - number(value, "textRight"));
                assertTrue(gap >= 0 && gap <= 48, id + " is " + gap + " px from its label: " + label + " " + value);
            }
            citizen.screenshot("layout-receipt-" + language);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "en"})
    void theScreenPopLeavesTheFormFreeAndHasALargeLabelledCloseButton(String language) throws Exception {
        FakeAsterisk pbx = TestPbx.get();
        try (Browser agent = new Browser()) {
            agent.signIn("layout.phone", PASSWORD);
            inLanguage(agent, language, "/desk/new-ticket.xhtml");
            agent.waitUntil("return document.getElementById('screenPop').dataset.connected === 'true'", PATIENCE);
            String linkedid = "1795703" + ("ar".equals(language) ? "100" : "200") + ".1";
            List<String> call = PbxCalls.answered(
                    linkedid, "07707003003", "enquiries", LONG_PHONE, "Layout Phone", Instant.now(), 2, 10);
            int ringing = PbxCalls.indexOf(call, "Event: AgentCalled") + 1;
            for (String block : call.subList(0, ringing)) {
                pbx.send(block);
            }
            agent.waitUntil("return document.getElementById('popClose') !== null", PATIENCE);
            Map<?, ?> pop = measure(agent, By.id("screenPop"));
            Map<?, ?> form = measure(agent, By.id("newTicket"));
            boolean overlaps = number(pop, "left") < number(form, "right")
                    && number(form, "left") < number(pop, "right")
                    && number(pop, "top") < number(form, "bottom")
                    && number(form, "top") < number(pop, "bottom");
            assertFalse(overlaps, "the screen pop covers the form: pop " + pop + ", form " + form);
            Map<?, ?> close = measure(agent, By.id("popClose"));
            assertTrue(
                    number(close, "width") >= 44 && number(close, "height") >= 44,
                    "the close button is small: " + close);
            String name =
                    (String) agent.script("return document.getElementById('popClose').getAttribute('aria-label')");
            assertTrue(
                    name != null
                            && name.length() > agent.text(By.id("popClose")).length(),
                    "the close button says what it closes: " + name);
            agent.screenshot("layout-screen-pop-" + language);
            agent.click(By.id("popClose"));
            assertFalse(agent.isShown(By.id("screenPop")));
            for (String block : call.subList(ringing, call.size())) {
                pbx.send(block);
            }
        }
    }
}
