package org.hotline.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StatedReasonTest {

    @StatedReason(max = 20)
    private String reason;

    private final StatedReason.Check check = new StatedReason.Check();

    @BeforeEach
    void initialise() throws NoSuchFieldException {
        check.initialize(StatedReasonTest.class.getDeclaredField("reason").getAnnotation(StatedReason.class));
    }

    private boolean valid(String text) {
        return check.isValid(text, null);
    }

    @Test
    void aReasonShowsTenCharactersAPersonCanRead() {
        assertTrue(valid("القضية أمام المحكمة"));
        assertTrue(valid("ڕاگرتنی یاسایی"), "Kurdish letters count as letters");
        assertTrue(valid("  court hearing  "), "spaces at either end are left out, not refused");
    }

    @Test
    void paddingIsNoReason() {
        assertFalse(valid(null));
        assertFalse(valid(""));
        assertFalse(valid("          "), "ten spaces");
        assertFalse(valid("     قضية      "), "four letters padded to fifteen characters");
        assertFalse(valid("\u200b\u200b\u200b\u200b\u200b\u200b\u200bقضية"), "zero-width spaces");
        assertFalse(valid("\u200f\u200e\u200f\u200e\u200f\u200e\u200fقضية"), "bidi marks");
    }

    @Test
    void tooLongIsCountedInCharactersAPersonSees() {
        assertTrue(valid("😀".repeat(20)), "twenty emoji are twenty characters, not forty UTF-16 units");
        assertFalse(valid("a".repeat(21)));
    }
}
