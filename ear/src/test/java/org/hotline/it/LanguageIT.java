package org.hotline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hotline.common.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Arabic right-to-left first; English left-to-right and Kurdish right-to-left one click away. */
class LanguageIT {

    private static Browser browser;

    @BeforeAll
    static void openBrowser() throws Exception {
        SystemUnderTest.ensureUser("agent.lang", "Agent Languages", "a long test passphrase 5599", Role.AGENT);
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() throws Exception {
        browser.close();
    }

    @Test
    void theSignInPageIsArabicAndRightToLeftUntilAnotherLanguageIsChosen() throws Exception {
        browser.open("/login.xhtml");
        assertEquals("ar", browser.language());
        assertEquals("rtl", browser.direction());
        assertEquals("تسجيل الدخول", browser.heading());
        browser.screenshot("sign-in-ar");

        browser.follow(By.linkText("English"));
        assertEquals("/login.xhtml", browser.path());
        assertEquals("en", browser.language());
        assertEquals("ltr", browser.direction());
        assertEquals("Sign in", browser.heading());
        assertTrue(browser.text(By.cssSelector("label[for='signIn:username']")).startsWith("Username"));
        browser.screenshot("sign-in-en");

        browser.follow(By.linkText("کوردی"));
        assertEquals("ku", browser.language());
        assertEquals("rtl", browser.direction());
        assertEquals("چوونەژوورەوە", browser.heading());

        browser.follow(By.linkText("العربية"));
        assertEquals("rtl", browser.direction());
        assertEquals("تسجيل الدخول", browser.heading());
    }

    @Test
    void theChoiceHoldsForMessagesAndAcrossPagesAndSessions() throws Exception {
        browser.open("/login.xhtml");
        browser.follow(By.linkText("English"));
        browser.signIn("nobody.here", "wrong password 12345");
        assertEquals("The username or password is not correct.", browser.text(By.id("signIn:messages")));

        browser.signIn("agent.lang", "a long test passphrase 5599");
        assertEquals("Agent desk", browser.heading());
        assertEquals("ltr", browser.direction());
        browser.screenshot("agent-home-en");
        browser.open("/admin/users.xhtml");
        assertEquals("Page not found", browser.heading());
        browser.follow(By.linkText("العربية"));
        assertEquals("الصفحة غير موجودة", browser.heading());
        assertEquals("rtl", browser.direction());
        browser.open("/agent/index.xhtml");
        assertEquals("مكتب الموظف", browser.heading());
        browser.signOut();
        assertEquals("تسجيل الدخول", browser.heading());
    }

    @Test
    void aMangledOrHostileLanguageLinkChangesNothingAndStaysOnThisSite() throws Exception {
        var answer = SystemUnderTest.get(SystemUnderTest.BASE_URL + "/language?to=xx&back=//evil.example/", null);
        assertEquals(303, answer.statusCode());
        assertEquals("/", answer.headers().firstValue("Location").orElseThrow());
        assertTrue(answer.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("hotline-lang=")));
    }
}
