package org.hotline.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DigitsTest {

    @Test
    void arabicIndicAndEasternDigitsBecomeLatinAndEverythingElseStays() {
        assertEquals("0123456789", Digits.toLatin("٠١٢٣٤٥٦٧٨٩"));
        assertEquals("0123456789", Digits.toLatin("۰۱۲۳۴۵۶۷۸۹"));
        assertEquals("تذكرة 1005 - رقم 77", Digits.toLatin("تذكرة ١٠٠٥ - رقم ۷7"));
        assertNull(Digits.toLatin(null));
    }

    @Test
    void digitsOfOtherScriptsAndArabicLookAlikesStayAsTyped() {
        assertEquals("１２３", Digits.toLatin("１２３"), "full-width");
        assertEquals("०१२", Digits.toLatin("०१२"), "Devanagari");
        assertEquals("𝟘𝟙", Digits.toLatin("𝟘𝟙"), "mathematical, outside the basic plane");
        assertEquals("٫٬٪", Digits.toLatin("٫٬٪"), "the Arabic decimal and thousands separators and percent sign");
    }

    /** Every character of the basic plane: exactly the twenty Arabic digits change, each to its own value. */
    @Test
    void onlyTheTwentyArabicDigitsChange() {
        IntStream.rangeClosed(0, 0xFFFF)
                .filter(c -> !Character.isSurrogate((char) c))
                .forEach(c -> {
                    String one = Character.toString(c);
                    String expected = c >= 0x0660 && c <= 0x0669
                            ? String.valueOf(c - 0x0660)
                            : c >= 0x06F0 && c <= 0x06F9 ? String.valueOf(c - 0x06F0) : one;
                    assertEquals(expected, Digits.toLatin(one), () -> "U+" + Integer.toHexString(c));
                });
    }
}
