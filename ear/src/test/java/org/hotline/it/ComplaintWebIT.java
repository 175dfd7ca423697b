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
            assertEquals(
                    "اذكر اسم الموظف أو رقمه أو صِفه.", citizen.text(By.id("complaint:accusedDescriptionMessage")));

            choose(citizen, "complaint:institution", "MOI");
            choose(citizen, "complaint:allegation", "REFUSED_ELECTRONIC_DOCUMENT");
            citizen.type(By.id("complaint:office"), "مديرية الجوازات - الرصافة");
            citizen.type(By.id("complaint:accusedDescription"), "موظف الاستعلامات، نظارات، الطابق الأول");
            citizen.type(
                    By.id("complaint:narrative"),
                    "رفض الموظف الوثيقة الإلكترونية المؤمّنة وطلب ورقة تأييد صحة صدور مطبوعة");
            citizen.submit(By.id("complaint:submit"));

            String number = citizen.waitForSomeText(By.id("receiptNumber"));
            String pin = citizen.text(By.id("receiptPin"));
            assertTrue(pin.matches("[0-9]{6}"), pin);
            assertTrue(citizen.text(By.cssSelector(".receipt-warning")).contains("مرة واحدة"));
            String id = String.valueOf(Long.parseLong(number.substring(0, number.length() - 1)) - 100_000);
            assertEquals("1", SystemUnderTest.queryString("select anonymous from complaint where ticket_id = ?", id));
            assertEquals("web", SystemUnderTest.queryString("select intake from complaint where ticket_id = ?", id));
            assertFalse(SystemUnderTest.queryString("select receipt_pin_hash from ticket where id = ?", id)
                    .contains(pin));

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

    @Test
    void nameAndPhoneAreGreyedOutWhileAnonymousAndNeitherRefreshNorBackFilesOrShowsTheComplaintAgain()
            throws Exception {
        var headers = SystemUnderTest.get(SystemUnderTest.BASE_URL + "/complaint/new.xhtml", null)
                .headers();
        assertEquals("no-store", headers.firstValue("Cache-Control").orElse(""), "the form page is never cached");
        try (Browser citizen = new Browser()) {
            citizen.comingFrom("198.51.100.77");
            citizen.open("/complaint/new.xhtml");
            assertEquals(
                    Boolean.TRUE,
                    citizen.script("return document.getElementById('complaint:anonymous_input').checked"));
            assertFalse(citizen.isEnabled(By.id("complaint:complainantName")), "nobody types a name that is not sent");
            assertFalse(citizen.isEnabled(By.id("complaint:complainantPhone")));
            assertTrue(citizen.text(By.id("anonymousHint")).contains("لن يُرسل"), citizen.text(By.id("anonymousHint")));

            citizen.click(By.cssSelector("[id='complaint:anonymous'] .ui-chkbox-box"));
            assertTrue(citizen.isEnabled(By.id("complaint:complainantName")), "unticked, the name can be given");
            citizen.type(By.id("complaint:complainantName"), "سارا أحمد");
            citizen.type(By.id("complaint:complainantPhone"), "07701234599");
            citizen.click(By.cssSelector("[id='complaint:anonymous'] .ui-chkbox-box"));
            assertFalse(citizen.isEnabled(By.id("complaint:complainantName")), "ticked again, greyed out again");
            assertEquals(
                    "سارا أحمد", citizen.value(By.id("complaint:complainantName")), "and what was typed stays in view");
            citizen.click(By.cssSelector("[id='complaint:anonymous'] .ui-chkbox-box"));

            choose(citizen, "complaint:institution", "MOI");
            choose(citizen, "complaint:allegation", "BRIBE_REQUEST");
            citizen.type(By.id("complaint:accusedDescription"), "موظف شباك الاستلام");
            citizen.type(By.id("complaint:narrative"), "طلب مبلغاً لتسليم الجواز في موعده");
            citizen.submit(By.id("complaint:submit"));
            String number = citizen.waitForSomeText(By.id("receiptNumber"));
            String id = String.valueOf(Long.parseLong(number.substring(0, number.length() - 1)) - 100_000);
            assertEquals(
                    "0",
                    SystemUnderTest.queryString("select anonymous from complaint where ticket_id = ?", id),
                    "the name and phone given were kept");
            String filed = SystemUnderTest.queryString("select count(*) from complaint");

            citizen.refresh();
            assertEquals(
                    filed, SystemUnderTest.queryString("select count(*) from complaint"), "a refresh files nothing");
            assertFalse(citizen.isShown(By.id("receiptPin")), "the PIN is shown once");

            citizen.back();
            assertEquals("/complaint/new.xhtml", citizen.path());
            assertEquals("", citizen.value(By.id("complaint:narrative")), "Back shows the form empty");
            assertEquals("", citizen.value(By.id("complaint:complainantName")));
            assertFalse(citizen.isShown(By.id("receiptPin")));
            assertEquals(filed, SystemUnderTest.queryString("select count(*) from complaint"));
        }
    }

    @Test
    void aNameSentWithAnonymousTickedIsRefusedBesideTheFieldNotDropped() throws Exception {
        try (Browser citizen = new Browser()) {
            citizen.comingFrom("198.51.100.78");
            citizen.open("/complaint/new.xhtml");
            // as a browser that does not run the page's script sends it: the name field open, anonymous ticked
            citizen.script("var name = document.getElementById('complaint:complainantName');"
                    + " name.disabled = false; name.value = 'رامي سعيد';");
            choose(citizen, "complaint:institution", "MOI");
            choose(citizen, "complaint:allegation", "BRIBE_REQUEST");
            citizen.type(By.id("complaint:accusedDescription"), "موظف شباك الاستلام");
            citizen.type(By.id("complaint:narrative"), "طلب مبلغاً لتسليم الجواز");
            String before = SystemUnderTest.queryString("select count(*) from complaint");
            citizen.submit(By.id("complaint:submit"));
            assertTrue(citizen.waitForSomeText(By.id("complaint:complainantNameMessage"))
                    .contains("دون ذكر الاسم"));
            assertEquals(before, SystemUnderTest.queryString("select count(*) from complaint"));
            assertEquals("رامي سعيد", citizen.value(By.id("complaint:complainantName")), "nothing typed is lost");
        }
    }
}
