package org.hotline.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DigitsTest {

    @Test
    void arabicIndicAndEasternDigitsBecomeLatinAndEverythingElseStays() {
        assertEquals("0123456789", Digits.toLatin("٠١٢٣٤٥٦٧٨٩"));
        assertEquals("0123456789", Digits.toLatin("۰۱۲۳۴۵۶۷۸۹"));
        assertEquals("تذكرة 1005 - رقم 77", Digits.toLatin("تذكرة ١٠٠٥ - رقم ۷7"));
        assertNull(Digits.toLatin(null));
    }
}
