package org.hotline.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WrittenTextTest {

    @Test
    void onlyInvisibleCharactersSayNothing() {
        assertTrue(WrittenText.saysNothing(null));
        assertTrue(WrittenText.saysNothing(" \u200B\u200C\u200D\u2060\uFEFF\u200E\u200F\u202B\u2067\u00A0\n"));
        assertFalse(WrittenText.saysNothing("\u200Bب\u200F"));
    }

    @Test
    void theLengthIsTheCharactersAPersonSees() {
        assertEquals(4, WrittenText.length(" ب\uD835\uDFD8ج\uD83D\uDE00 "), "two outside the BMP count one each");
        assertEquals(0, WrittenText.length(null));
    }

    @Test
    void blankLettersSayNothingEither() {
        assertTrue(WrittenText.saysNothing("\u3164\u115F\u2800\uFFA0\u034F\uFE0F"), "Hangul fillers, blank Braille");
        assertFalse(WrittenText.saysNothing("\u3164نعم"));
    }

    @Test
    void aLeastLengthCountsOnlyWhatCanBeSeen() {
        assertEquals(1, WrittenText.visibleLength("a" + "\u200B".repeat(10)));
        assertEquals(3, WrittenText.visibleLength("ک ی\u3164ە"));
    }
}
