package org.hotline.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;

/** The officers' case list as an officer reads it: page after page, with Next, until the last. */
final class CaseList {

    private CaseList() {}

    /** The numbers of the cases on the page shown now. */
    static List<String> onThisPage(Browser officer) {
        return officer.elements(By.cssSelector("[id='bulk:cases'] a.case-link"));
    }

    /** Every case number listed, from the page shown now to the last, following Next. */
    static List<String> toTheLastPage(Browser officer) {
        List<String> seen = new ArrayList<>(onThisPage(officer));
        while (hasNext(officer)) {
            next(officer);
            seen.addAll(onThisPage(officer));
        }
        return seen;
    }

    /** Opens the case from the list, turning pages until it is listed; fails when it is on none. */
    static void open(Browser officer, String number) {
        while (!onThisPage(officer).contains(number)) {
            if (!hasNext(officer)) {
                throw new AssertionError("case " + number + " is on no page of the list");
            }
            next(officer);
        }
        officer.follow(By.linkText(number));
    }

    /** Clicks a button that answers by ajax, and waits until PrimeFaces has drawn the answer. */
    static void clickAndWait(Browser officer, By button) {
        officer.click(button);
        officer.waitUntil(
                "return window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty()" + " && document.readyState == 'complete'",
                Duration.ofSeconds(30));
    }

    private static boolean hasNext(Browser officer) {
        return Boolean.TRUE.equals(officer.script("return !document.getElementById('bulk:next').disabled"));
    }

    private static void next(Browser officer) {
        String shown = officer.text(By.id("casesShown"));
        officer.click(By.id("bulk:next"));
        officer.waitUntil(
                "return document.getElementById('casesShown').textContent.trim() != '" + shown + "'",
                Duration.ofSeconds(20));
    }
}
