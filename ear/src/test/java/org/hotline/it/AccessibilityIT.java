package org.hotline.it;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hotline.common.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/**
 * Every page, in Arabic, English and Kurdish, as the person it is for sees it (signed in with that role, or not at
 * all), checked by axe-core in Chromium: no critical and no serious violation, and no content outside the landmarks
 * (header, nav, main) that a screen reader's user jumps between.
 */
class AccessibilityIT {

    private static final String PASSWORD = "an accessible passphrase 5599";
    private static final List<String> LANGUAGES = List.of("ar", "en", "ku");
    /** Landmark rules are "moderate" in axe, but content outside every landmark is lost to a screen reader's jumps. */
    private static final List<String> LANDMARK_RULES = List.of(
            "region",
            "landmark-one-main",
            "landmark-no-duplicate-main",
            "landmark-unique",
            "landmark-banner-is-top-level",
            "landmark-main-is-top-level");

    private static final Map<String, Browser> browsers = new LinkedHashMap<>();
    private static String ticketNumber;
    private static String complaintNumber;

    @BeforeAll
    static void usersTicketAndComplaint() throws Exception {
        SystemUnderTest.ensureUser("a11y.agent", "Accessibility Agent", PASSWORD, Role.AGENT);
        SystemUnderTest.ensureUser("a11y.supervisor", "Accessibility Supervisor", PASSWORD, Role.SUPERVISOR);
        // a phone of the supervisor's own, so that the board is checked with its listening form
        SystemUnderTest.execute(
                "update user_account set phone_interface = 'PJSIP/2899' where username = ?", "a11y.supervisor");
        SystemUnderTest.ensureUser("a11y.officer", "Accessibility Officer", PASSWORD, Role.OFFICER);
        // A disabled account, so that the users page is checked with its "Enable" button shown, whatever ran before.
        SystemUnderTest.ensureUser("a11y.leaver", "Accessibility Leaver", PASSWORD, Role.AGENT);
        SystemUnderTest.execute("update user_account set enabled = false where username = ?", "a11y.leaver");
        Api agent = Api.as("a11y.agent", PASSWORD);
        ticketNumber = agent.post(
                        "/api/v1/tickets",
                        "{\"type\":\"ENQUIRY\",\"channel\":\"PHONE\",\"subject\":"
                                + "\"استفسار عن تجديد البطاقة الوطنية\",\"eServiceCode\":\"MOI-PASSPORT-NEW\"}")
                .object()
                .getString("number");
        JsonObject receipt = SystemUnderTest.fileComplaint(agent, false);
        complaintNumber = receipt.getString("number");
    }

    @AfterAll
    static void closeBrowsers() throws Exception {
        for (Browser browser : browsers.values()) {
            browser.close();
        }
    }

    @TestFactory
    Stream<DynamicContainer> everyPageInEveryLanguageHasNoSeriousOrCriticalViolation() {
        Map<String, List<String>> pagesBySignIn = new LinkedHashMap<>();
        pagesBySignIn.put(
                "",
                List.of(
                        "/index.xhtml",
                        "/login.xhtml",
                        "/complaint/new.xhtml",
                        "/complaint/follow.xhtml",
                        "/ticket/status.xhtml",
                        "/document/verify.xhtml",
                        "/errors/not-found.xhtml",
                        "/errors/error.xhtml",
                        "/errors/expired.xhtml"));
        pagesBySignIn.put(
                "a11y.agent",
                List.of(
                        "/agent/index.xhtml",
                        "/agent/complaint.xhtml",
                        "/desk/new-ticket.xhtml",
                        "/desk/tickets.xhtml",
                        "/desk/ticket.xhtml?number=" + ticketNumber,
                        "/search.xhtml?q="
                                + java.net.URLEncoder.encode("جواز", java.nio.charset.StandardCharsets.UTF_8)));
        pagesBySignIn.put(
                "a11y.supervisor",
                List.of(
                        "/supervisor/index.xhtml",
                        "/supervisor/reports.xhtml",
                        "/supervisor/staffing.xhtml",
                        "/supervisor/wallboard.xhtml",
                        "/supervisor/survey.xhtml"));
        pagesBySignIn.put(
                "a11y.officer",
                List.of(
                        "/officer/index.xhtml",
                        "/officer/complaint.xhtml?number=" + complaintNumber,
                        "/officer/hotspots.xhtml",
                        "/officer/reports.xhtml"));
        pagesBySignIn.put(
                "admin",
                List.of(
                        "/admin/index.xhtml",
                        "/admin/users.xhtml",
                        "/admin/catalogue.xhtml",
                        "/admin/ivr.xhtml",
                        "/admin/documents.xhtml",
                        "/admin/search-index.xhtml",
                        "/admin/retention.xhtml"));
        return LANGUAGES.stream()
                .map(language -> DynamicContainer.dynamicContainer(
                        language,
                        pagesBySignIn.entrySet().stream()
                                .flatMap(entry -> entry.getValue().stream()
                                        .map(page -> DynamicTest.dynamicTest(
                                                language + " " + page + signedInAs(entry.getKey()),
                                                () -> check(browser(entry.getKey()), language, page))))));
    }

    private static String signedInAs(String username) {
        return username.isEmpty() ? "" : " as " + username;
    }

    /** One browser per person, signed in once; it keeps the language it was last switched to, as a person's does. */
    private static Browser browser(String username) throws Exception {
        Browser browser = browsers.get(username);
        if (browser == null) {
            browser = new Browser();
            browsers.put(username, browser);
            if (username.equals("admin")) {
                browser.signIn("admin", SystemUnderTest.ADMIN_PASSWORD);
            } else if (!username.isEmpty()) {
                browser.signIn(username, PASSWORD);
            }
        }
        return browser;
    }

    /** A page that has just said something (a reply added, a field refused) is checked with its messages shown. */
    @ParameterizedTest
    @ValueSource(strings = {"ar", "en", "ku"})
    void aPageShowingItsMessagesHasNoSeriousOrCriticalViolation(String language) throws Exception {
        Browser agent = browser("a11y.agent");
        String page = "/desk/ticket.xhtml?number=" + ticketNumber;
        agent.open("/language?to=" + language + "&back=" + page);
        agent.click(By.id("comments:add")); // nothing typed: the field says so
        agent.waitForSomeText(By.id("comments:bodyMessage"));
        agent.type(By.id("comments:body"), "تم إبلاغ المواطن بالمستمسكات المطلوبة");
        agent.click(By.id("comments:add"));
        agent.waitForSomeText(By.id("messages"));
        assertTrue(agent.elements(By.cssSelector("#messages li[role]")).isEmpty(), "no list item takes another role");
        checkShown(agent, language, page + " with its messages");
    }

    private static void check(Browser browser, String language, String page) throws Exception {
        browser.open(page);
        if (!language.equals(browser.language())) {
            browser.open("/language?to=" + language + "&back=/index.xhtml");
            browser.open(page);
        }
        checkShown(browser, language, page);
    }

    private static void checkShown(Browser browser, String language, String page) throws Exception {
        assertTrue(language.equals(browser.language()), "the page is in " + browser.language() + ", not " + language);
        List<String> problems = new ArrayList<>();
        for (Axe.Violation violation : Axe.run(browser)) {
            if (violation.impact().equals("critical")
                    || violation.impact().equals("serious")
                    || LANDMARK_RULES.contains(violation.rule())) {
                problems.add(violation.toString());
            }
        }
        if (!problems.isEmpty()) {
            browser.screenshot("a11y-" + language + page.replaceAll("[^a-z]+", "-"));
            fail(problems.size() + " accessibility violations on " + page + " in " + language + ":\n"
                    + String.join("\n", problems));
        }
    }
}
