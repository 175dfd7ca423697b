package org.hotline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A citizen, with no account, files an anonymous complaint in Arabic on the public page, keeps the receipt, and
 * follows the complaint up with it; after a few wrong PINs the page says to wait, and the right PIN works after the
 * wait. In a real headless Chromium.
 */
class ComplaintWebIT {

    private static void choose(Browser browser, String selectOneMenu, String value) {
        // PrimeFaces draws its own list over a hidden native select, which is what the form posts
        browser.script("document.getElementById(arguments[0] + '_input').value = arguments[1]", selectOneMenu, value);
    }

    @Test
    void aCitizenFilesAnAnonymousComplaintInArabicAndFollowsItUpWithTheReceipt() throws Exception {
        try (Browser citizen = new Browser()) {
            citizen.open("/login.xhtml");
            citizen.follow(By.id("fileComplaint"));
            assertEquals("/complaint/new.xhtml", citizen.path());
            assertEquals("rtl", citizen.direction());

            citizen.submit(By.id("complaint:submit"));
            assertEquals("اختر الجهة.", citizen.waitForSomeText(By.id("complaint:institutionMessage")));
            assertEquals("اختر ماذا حدث.", citizen.text(By.id("complaint:allegationMessage")));
            assertEquals("اروِ لنا ما حدث.", citizen.text(By.id("complaint:narrativeMessage")));
            assertEquals("اذكر اسم الموظف أو رقمه أو صِفه.", citizen.text(By.id("complaint:accusedDescriptionMessage")));

            choose(citizen, "complaint:institution", "MOI");
            choose(citizen, "complaint:allegation", "REFUSED_ELECTRONIC_DOCUMENT");
            citizen.type(By.id("complaint:office"), "مديرية الجوازات - الرصافة");
            citizen.type(By.id("complaint:accusedDescription"), "موظف الاستعلامات، نظارات، الطابق الأول");
            citizen.type(By.id("complaint:narrative"),
                    "رفض الموظف الوثيقة الإلكترونية المؤمّنة وطلب ورقة تأييد صحة صدور مطبوعة");
            citizen.submit(By.id("complaint:submit"));

            String number = citizen.waitForSomeText(By.id("receiptNumber"));
            String pin = citizen.text(By.id("receiptPin"));
            assertTrue(pin.matches("[0-9]{6}"), pin);
            assertTrue(citizen.text(By.cssSelector(".receipt-warning")).contains("مرة واحدة"));
            String id = String.valueOf(Long.parseLong(number.substring(0, number.length() - 1)) - 100_000);
            assertEquals("1", SystemUnderTest.queryString("select anonymous from complaint where ticket_id = ?", id));
            assertEquals("web", SystemUnderTest.queryString("select intake from complaint where ticket_id = ?", id));
            assertFalse(SystemUnderTest.queryString("select receipt_pin_hash from ticket where id = ?", id).contains(pin));

            citizen.open("/complaint/follow.xhtml");
            citizen.type(By.id("followUp:number"), number);
            citizen.type(By.id("followUp:pin"), pin);
            citizen.submit(By.id("followUp:show"));
            assertEquals("جديدة", citizen.waitForSomeText(By.id("followStatus")));
            assertEquals("مستلمة", citizen.text(By.id("followCase")));

            String wrong = pin.equals("000000") ? "111111" : "000000";
            String said = "";
            for (int attempt = 1; attempt <= 6 && !said.contains("انتظر"); attempt++) {
                citizen.type(By.id("followUp:number"), number);
                citizen.type(By.id("followUp:pin"), wrong);
                citizen.submit(By.id("followUp:show"));
                said = citizen.text(By.id("followUp:messages"));
                assertFalse(citizen.isShown(By.id("followStatus")));
            }
            assertTrue(said.contains("انتظر"), "after a few wrong PINs the page says to wait: " + said);
            // Never a lock: the right PIN works once the wait passes (2 to 4 s on the test server).
            SystemUnderTest.eventually(java.time.Duration.ofSeconds(15), "the right PIN after the wait", () -> {
                citizen.type(By.id("followUp:number"), number);
                citizen.type(By.id("followUp:pin"), pin);
                citizen.submit(By.id("followUp:show"));
                return citizen.isShown(By.id("followStatus"));
            });
            assertEquals("جديدة", citizen.text(By.id("followStatus")));
        }
    }
}
