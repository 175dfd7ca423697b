package org.hotline.complaint;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReceiptPinTest {

    @Test
    void aPinIsSixRandomDigits() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String pin = ReceiptPin.generate();
            assertTrue(pin.matches("[0-9]{6}"), pin);
            seen.add(pin);
        }
        assertTrue(seen.size() > 990, "a thousand PINs are (nearly) all different: " + seen.size());
    }

    @Test
    void onlyTheHashIsKeptAndOnlyThePinMatchesIt() {
        String pin = "482913";
        String stored = ReceiptPin.hash(pin);
        assertFalse(stored.contains(pin));
        assertTrue(ReceiptPin.matches(pin, stored));
        assertFalse(ReceiptPin.matches("482914", stored));
        assertFalse(ReceiptPin.matches("48291", stored), "not six digits");
        assertFalse(ReceiptPin.matches(" 482913", stored));
        assertFalse(ReceiptPin.matches(null, stored));
        assertFalse(ReceiptPin.matches(pin, null), "a ticket without a receipt matches nothing");
        assertTrue(ReceiptPin.matches("٤٨٢٩١٣", stored), "Arabic-Indic digits are the same PIN");
    }
}
