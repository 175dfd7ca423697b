package org.hotline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hotline.common.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The first administrator, from HOTLINE_ADMIN_PASSWORD, creates colleagues with their roles. Arabic names go through
 * the page and the application into MariaDB and come back unchanged.
 */
class AdminUsersIT {

    private static final String ARABIC_NAME = "زَيْنَب عبد الأمير الحُسَيْني – مكتب ٥٥٩٩";
    private static Browser browser;

    @BeforeAll
    static void signInAsTheFirstAdministrator() throws Exception {
        browser = new Browser();
        browser.signIn("admin", SystemUnderTest.ADMIN_PASSWORD);
        assertEquals("/admin/index.xhtml", browser.path(), "the first administrator signs in");
    }

    @AfterAll
    static void closeBrowser() throws Exception {
        browser.close();
    }

    @Test
    void anAdministratorCreatesAnOfficerWithAnArabicNameWhoCanThenSignIn() throws Exception {
        browser.open("/admin/users.xhtml");
        browser.type(By.id("newUser:username"), "zainab.officer");
        browser.type(By.id("newUser:displayName"), ARABIC_NAME);
        browser.type(By.id("newUser:password"), "حماية المبلغين 2026");
        browser.click(By.xpath("//label[text()='ضابط مكافحة الفساد']"));
        browser.click(By.id("newUser:create"));
        browser.waitForText(By.id("messages"), "تم إنشاء المستخدم zainab.officer.");

        assertEquals(
                ARABIC_NAME,
                SystemUnderTest.queryString(
                        "select display_name from user_account where username = ?", "zainab.officer"),
                "MariaDB holds exactly what was typed");
        assertEquals(
                "OFFICER",
                SystemUnderTest.queryString(
                        "select r.role from user_account_role r join user_account u on u.id = r.user_account_id"
                                + " where u.username = ?",
                        "zainab.officer"));
        assertTrue(browser.text(By.id("accounts:users")).contains(ARABIC_NAME), "the list reads it back");
        browser.screenshot("users-ar");

        try (Browser colleague = new Browser()) {
            colleague.signIn("zainab.officer", "حماية المبلغين 2026");
            assertEquals("/officer/index.xhtml", colleague.path());
            assertEquals("مسجل الدخول باسم " + ARABIC_NAME, colleague.text(By.id("nav:who")));
        }
    }

    @Test
    void missingAndBadFieldsAreReportedBesideEachFieldAndNothingIsSaved() throws Exception {
        browser.open("/admin/users.xhtml");
        browser.click(By.id("newUser:create"));
        assertEquals("أدخل اسم المستخدم.", browser.waitForText(By.id("newUser:usernameMessage"), "أدخل"));
        assertEquals("أدخل الاسم الكامل للشخص.", browser.text(By.id("newUser:displayNameMessage")));
        assertEquals("أدخل كلمة مرور أولى.", browser.text(By.id("newUser:passwordMessage")));
        assertEquals("اختر دورًا واحدًا على الأقل.", browser.text(By.id("newUser:rolesMessage")));

        browser.type(By.id("newUser:username"), "Bad Name!");
        browser.type(By.id("newUser:displayName"), "Short Password");
        browser.type(By.id("newUser:password"), "short");
        browser.click(By.xpath("//label[text()='موظف الاستجابة']"));
        browser.click(By.id("newUser:create"));
        assertTrue(
                browser.waitForText(By.id("newUser:usernameMessage"), "استخدم").startsWith("استخدم من 3 إلى 64"));

        browser.type(By.id("newUser:username"), "short.password");
        browser.type(By.id("newUser:password"), "short");
        browser.click(By.id("newUser:create"));
        assertEquals(
                "تحتاج كلمة المرور إلى 12 حرفًا على الأقل.",
                browser.waitForText(By.id("newUser:passwordMessage"), "12"));
        assertNull(SystemUnderTest.queryString("select id from user_account where username = ?", "short.password"));
    }

    @Test
    void aNameOfOnlyWideSpacesIsRefusedBesideTheNameAndNoAccountIsMade() throws Exception {
        browser.open("/admin/users.xhtml");
        browser.type(By.id("newUser:username"), "wide.spaces");
        browser.type(By.id("newUser:displayName"), "\u3000");
        browser.type(By.id("newUser:password"), "another long passphrase");
        browser.click(By.xpath("//label[text()='موظف الاستجابة']"));
        browser.click(By.id("newUser:create"));
        assertEquals(
                "هذه القيمة غير مقبولة هنا: راجع الحقل وحاول مرة أخرى.",
                browser.waitForSomeText(By.id("newUser:displayNameMessage")));
        assertEquals(
                "0",
                SystemUnderTest.queryString("select count(*) from user_account where username = ?", "wide.spaces"));
    }

    @Test
    void aTakenUsernameIsReportedOnTheUsernameField() throws Exception {
        browser.open("/admin/users.xhtml");
        browser.type(By.id("newUser:username"), "admin");
        browser.type(By.id("newUser:displayName"), "Second Admin");
        browser.type(By.id("newUser:password"), "another long passphrase");
        browser.click(By.xpath("//label[text()='مسؤول النظام']"));
        browser.click(By.id("newUser:create"));
        assertEquals(
                "اسم المستخدم هذا مستخدم من قبل.",
                browser.waitForText(By.id("newUser:usernameMessage"), "اسم المستخدم"));
        assertEquals("1", SystemUnderTest.queryString("select count(*) from user_account where username = 'admin'"));
    }

    /** Opens the dialog that changes an account's roles, phone and institution. */
    private static void editAccount(String username) {
        browser.open("/admin/users.xhtml");
        browser.click(rowButton(username, "editRoles"));
        browser.waitForText(By.id("rolesForm"), username);
    }

    @Test
    void anAdministratorChangesRolesAndTheColleagueLandsOnTheNewHome() throws Exception {
        SystemUnderTest.ensureUser("role.change", "Role Change", "a long test passphrase 5599", Role.AGENT);
        editAccount("role.change");
        browser.click(By.xpath("//form[@id='rolesForm']//label[text()='موظف الاستجابة']"));
        browser.click(By.xpath("//form[@id='rolesForm']//label[text()='مشرف']"));
        browser.click(By.id("rolesForm:save"));
        browser.waitForText(By.id("messages"), "تم حفظ أدوار role.change.");

        assertEquals(
                "SUPERVISOR",
                SystemUnderTest.queryString(
                        "select group_concat(r.role) from user_account_role r"
                                + " join user_account u on u.id = r.user_account_id where u.username = ?",
                        "role.change"));
        assertEquals(
                "admin",
                SystemUnderTest.queryString(
                        "select actor from audit_entry where action = 'USER_CHANGED'"
                                + " and target_id = ? order by id desc limit 1",
                        "role.change"),
                "the change is in the audit log");
        try (Browser colleague = new Browser()) {
            colleague.signIn("role.change", "a long test passphrase 5599");
            assertEquals("/supervisor/index.xhtml", colleague.path());
        }
    }

    @Test
    void anAdministratorGivesAnAgentAPhoneAndAWrongOrTakenPhoneIsRefusedBesideTheField() throws Exception {
        SystemUnderTest.ensureUser("phone.owner", "Phone Owner", "a long test passphrase 5599", Role.AGENT);
        SystemUnderTest.ensureAgentWithPhone(
                "phone.holder", "Phone Holder", "a long test passphrase 5599", "PJSIP/2202");
        editAccount("phone.owner");

        browser.type(By.id("rolesForm:editedPhone"), "not a phone");
        browser.click(By.id("rolesForm:save"));
        assertEquals(
                "اكتب الهاتف كما يسمّيه المقسم، مثل PJSIP/1001.",
                browser.waitForSomeText(By.id("rolesForm:editedPhoneMessage")));
        browser.type(By.id("rolesForm:editedPhone"), "PJSIP/2202");
        browser.click(By.id("rolesForm:save"));
        browser.waitForText(By.id("rolesForm:editedPhoneMessage"), "هذا الهاتف مسجَّل لحساب آخر.");
        assertEquals(
                null,
                SystemUnderTest.queryString(
                        "select phone_interface from user_account where username = ?", "phone.owner"),
                "nothing saved");

        browser.type(By.id("rolesForm:editedPhone"), "PJSIP/2201");
        browser.click(By.id("rolesForm:save"));
        browser.waitForText(By.id("messages"), "phone.owner");
        assertEquals(
                "PJSIP/2201",
                SystemUnderTest.queryString(
                        "select phone_interface from user_account where username = ?", "phone.owner"));
        assertTrue(browser.text(By.id("accounts")).contains("PJSIP/2201"));
    }

    @Test
    void anAdministratorMakesAnOfficerBelongToAnInstitutionAndTheOfficerIsThenRecused() throws Exception {
        SystemUnderTest.ensureUser("moh.officer", "MOH Officer", "a long test passphrase 5599", Role.OFFICER);
        editAccount("moh.officer");
        // PrimeFaces draws its own list over a hidden native select, which is what the form posts
        browser.script("document.getElementById('rolesForm:editedInstitution_input').value = 'MOH'");
        browser.click(By.id("rolesForm:save"));
        browser.waitForText(By.id("messages"), "moh.officer");
        assertEquals(
                "MOH",
                SystemUnderTest.queryString(
                        "select institution_code from user_account where username = ?", "moh.officer"));
        assertTrue(browser.text(By.id("accounts")).contains("وزارة الصحة"), "the institution by its name");
        assertTrue(SystemUnderTest.queryString(
                        "select detail from audit_entry where action = 'USER_CHANGED'"
                                + " and target_id = ? order by id desc limit 1",
                        "moh.officer")
                .contains("institution MOH, teams"));

        SystemUnderTest.ensureUser("agent.it.moh", "Agent", "a long test passphrase 5599", Role.AGENT);
        Api agent = Api.as("agent.it.moh", "a long test passphrase 5599");
        Api.Answer filed = agent.post(
                "/api/v1/complaints",
                "{\"institutionCode\":\"MOH\",\"accusedName\":"
                        + "\"موظف الاستعلامات\",\"allegation\":\"REFUSAL_TO_SERVE\",\"narrative\":\"رفض استلام الطلب\","
                        + "\"anonymous\":true}");
        assertEquals(201, filed.status(), filed.text());
        assertEquals(
                404,
                Api.as("moh.officer", "a long test passphrase 5599")
                        .get("/api/v1/complaints/" + filed.object().getString("number"))
                        .status(),
                "recused from MOH: to the officer, the complaint does not exist");
    }

    private static By row(String username) {
        return By.xpath("//tr[.//span[@class='username' and text()='" + username + "']]");
    }

    private static By rowButton(String username, String button) {
        return By.xpath("//tr[.//span[@class='username' and text()='" + username + "']]//button[contains(@id,':"
                + button + "')]");
    }

    @Test
    void theTablesAreUtf8mb4AndTheSchemaCameFromMigrations() throws Exception {
        assertEquals(
                "0",
                SystemUnderTest.queryString("select count(*) from information_schema.tables"
                        + " where table_schema = 'hotline' and table_collation not like 'utf8mb4%'"));
        assertEquals(
                "1",
                SystemUnderTest.queryString(
                        "select count(*) from flyway_schema_history where version = '1' and success = 1"));
    }
}
