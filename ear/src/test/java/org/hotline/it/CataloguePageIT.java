package org.hotline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hotline.common.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** An administrator keeps the catalogue in the browser: a service is created in the form, by the import's rules. */
class CataloguePageIT {

    private static final String PASSWORD = "a catalogue page passphrase";
    private static Browser browser;

    @BeforeAll
    static void signIn() throws Exception {
        SystemUnderTest.ensureUser("catalogue.page", "Catalogue Page", PASSWORD, Role.ADMIN);
        browser = new Browser();
        browser.signIn("catalogue.page", PASSWORD);
    }

    @AfterAll
    static void closeBrowser() throws Exception {
        browser.close();
    }

    @Test
    void aServiceIsCreatedInTheFormAndABadTargetIsNamedBesideItsField() throws Exception {
        browser.open("/admin/catalogue.xhtml");
        browser.type(By.id("service:service_code"), "IT-PAGE-1");
        browser.type(By.id("service:institution_code"), "IT-PAGE");
        browser.type(By.id("service:institution_name_ar"), "مديرية الاختبار");
        browser.type(By.id("service:institution_name_en"), "Test Directorate");
        browser.type(By.id("service:name_ar"), "خدمة تجريبية للصفحة");
        browser.type(By.id("service:name_en"), "Page test service");
        browser.type(By.id("service:resolution_minutes"), "abc");
        browser.click(By.id("service:save"));
        String problem = browser.waitForSomeText(By.id("service:resolution_minutesMessage"));
        assertTrue(problem.contains("abc"), "the message beside the field says what is wrong: " + problem);
        assertEquals(null, SystemUnderTest.queryString("select id from e_service where code = 'IT-PAGE-1'"));

        browser.type(By.id("service:resolution_minutes"), "٤٨٠");
        browser.click(By.id("service:save"));
        browser.waitForText(By.id("messages"), "تم الحفظ");
        assertEquals(
                "480",
                SystemUnderTest.queryString("select resolution_minutes from e_service where code = 'IT-PAGE-1'"));
        assertEquals(
                "خدمة تجريبية للصفحة",
                SystemUnderTest.queryString("select name_ar from e_service where code = 'IT-PAGE-1'"));
    }
}
