package org.hotline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.hotline.common.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

/** Staff sign in with their own role and land on their own page; everything else is refused. */
class SignInIT {

    private static final String PASSWORD = "a long test passphrase 5599";
    private static Browser browser;

    @BeforeAll
    static void staff() throws Exception {
        SystemUnderTest.ensureUser("agent.it", "Agent IT", PASSWORD, Role.AGENT);
        SystemUnderTest.ensureUser("supervisor.it", "Supervisor IT", PASSWORD, Role.SUPERVISOR);
        SystemUnderTest.ensureUser("officer.it", "Officer IT", PASSWORD, Role.OFFICER);
        SystemUnderTest.ensureUser("admin.it", "Admin IT", PASSWORD, Role.ADMIN);
        SystemUnderTest.ensureUser("typo.it", "Typo IT", PASSWORD, Role.AGENT);
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() throws Exception {
        browser.close();
    }

    @BeforeEach
    @AfterEach
    void signedOut() {
        browser.open("/login.xhtml");
        if (browser.isShown(By.id("nav:signOut"))) {
            browser.signOut();
        }
    }

    @ParameterizedTest
    @CsvSource({
        "agent.it, /agent/index.xhtml, مكتب الموظف",
        "supervisor.it, /supervisor/index.xhtml, الإشراف",
        "officer.it, /officer/index.xhtml, مراجعة القضايا",
        "admin.it, /admin/index.xhtml, الإدارة"
    })
    void eachRoleSignsInAndLandsOnItsOwnPage(String username, String home, String heading) {
        browser.signIn(username, PASSWORD);
        assertEquals(home, browser.path());
        assertEquals(heading, browser.heading());
    }

    @Test
    void theFrontDoorShowsTheSignInPage() {
        browser.open("/");
        assertEquals("تسجيل الدخول", browser.heading());
        assertTrue(browser.isShown(By.id("signIn:username")));
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessage() {
        browser.signIn("agent.it", "not the password at all");
        assertEquals("/login.xhtml", browser.path());
        assertEquals("اسم المستخدم أو كلمة المرور غير صحيحة.", browser.text(By.id("signIn:messages")));
        assertFalse(browser.isShown(By.id("nav:signOut")));
    }

    @Test
    void anUnknownUserGetsTheSameAnswerAsAWrongPassword() {
        browser.signIn("nobody.here", "not the password at all");
        assertEquals("اسم المستخدم أو كلمة المرور غير صحيحة.", browser.text(By.id("signIn:messages")));
    }

    @Test
    void emptyFieldsAreNamedOneByOne() {
        browser.open("/login.xhtml");
        browser.submit(By.id("signIn:submit"));
        assertEquals("أدخل اسم المستخدم.", browser.text(By.id("signIn:usernameMessage")));
        assertEquals("أدخل كلمة المرور.", browser.text(By.id("signIn:passwordMessage")));
    }

    @Test
    void fiveWrongPasswordsDoNotLockTheAccount() throws Exception {
        for (int attempt = 1; attempt <= 5; attempt++) {
            browser.signIn("typo.it", "wrong password number " + attempt);
            assertEquals("اسم المستخدم أو كلمة المرور غير صحيحة.", browser.text(By.id("signIn:messages")));
        }
        browser.signIn("typo.it", PASSWORD);
        assertEquals("/agent/index.xhtml", browser.path(), "a few typos cost nothing: no lock, no wait");
    }

    @Test
    void anAgentAskingForAnAdminPageGetsNotFound() throws Exception {
        browser.signIn("agent.it", PASSWORD);
        browser.open("/admin/users.xhtml");
        assertEquals("الصفحة غير موجودة", browser.heading());

        HttpResponse<String> asked =
                SystemUnderTest.get(SystemUnderTest.BASE_URL + "/admin/users.xhtml", browser.cookieHeader());
        assertEquals(404, asked.statusCode());
        HttpResponse<String> missing =
                SystemUnderTest.get(SystemUnderTest.BASE_URL + "/admin/no-such-page.xhtml", browser.cookieHeader());
        assertEquals(missing.statusCode(), asked.statusCode(), "another role's page looks like a missing one");
    }

    @Test
    void aVisitorAskingForAProtectedPageIsSentToSignInAndThenBackToIt() {
        browser.open("/admin/users.xhtml");
        assertEquals("تسجيل الدخول", browser.heading());
        browser.type(By.id("signIn:username"), "admin.it");
        browser.type(By.id("signIn:password"), PASSWORD);
        browser.submit(By.id("signIn:submit"));
        assertEquals("/admin/users.xhtml", browser.path());
        assertEquals("المستخدمون", browser.heading());
    }

    @Test
    void signingOutEndsTheSession() {
        browser.signIn("supervisor.it", PASSWORD);
        browser.signOut();
        assertEquals("/login.xhtml", browser.path());
        browser.open("/supervisor/index.xhtml");
        assertEquals("تسجيل الدخول", browser.heading());
        assertFalse(browser.isShown(By.id("nav:signOut")));
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteAndChangesAtSignInAndPagesCannotBeFramed() throws Exception {
        HttpResponse<String> page = SystemUnderTest.get(SystemUnderTest.BASE_URL + "/login.xhtml", null);
        List<String> cookies = page.headers().allValues("Set-Cookie");
        String session = cookies.stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();
        assertTrue(session.contains("HttpOnly"), session);
        assertTrue(session.contains("SameSite=Strict"), session);
        assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(null), "no framing by other sites");
        assertEquals(
                "nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(null));

        browser.open("/login.xhtml");
        String before = browser.cookieHeader();
        browser.signIn("agent.it", PASSWORD);
        assertNotEquals(before, browser.cookieHeader(), "a new session id after signing in");
    }
}
