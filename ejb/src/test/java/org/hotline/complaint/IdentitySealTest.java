package org.hotline.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class IdentitySealTest {

    private static final String OLD = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String NEW =
            Base64.getEncoder().encodeToString("a new identity key of 32 bytes!!".getBytes(StandardCharsets.US_ASCII));

    @Test
    void aSealedValueOpensOnlyForItsComplaintAndFieldAndHidesItsText() {
        IdentitySeal seal = new IdentitySeal(OLD);
        byte[] sealed = seal.seal(42, IdentitySeal.Field.NAME, "حسين علي");
        assertEquals("حسين علي", seal.open(42, IdentitySeal.Field.NAME, sealed));
        assertFalse(new String(sealed, StandardCharsets.UTF_8).contains("حسين"));
        assertThrows(
                IllegalStateException.class,
                () -> seal.open(43, IdentitySeal.Field.NAME, sealed),
                "moved to another complaint");
        assertThrows(
                IllegalStateException.class,
                () -> seal.open(42, IdentitySeal.Field.PHONE, sealed),
                "moved to another column");
        byte[] altered = sealed.clone();
        altered[altered.length - 1] ^= 1;
        assertThrows(IllegalStateException.class, () -> seal.open(42, IdentitySeal.Field.NAME, altered));
        assertNull(seal.seal(42, IdentitySeal.Field.NATIONAL_ID, null));
    }

    @Test
    void theSameValueSealsDifferentlyEachTime() {
        IdentitySeal seal = new IdentitySeal(OLD);
        byte[] once = seal.seal(1, IdentitySeal.Field.PHONE, "+9647801234567");
        byte[] again = seal.seal(1, IdentitySeal.Field.PHONE, "+9647801234567");
        assertFalse(java.util.Arrays.equals(once, again), "a random nonce each time");
    }

    @Test
    void aRotationSealsWithTheFirstKeyAndOpensWithAnyListed() {
        IdentitySeal before = new IdentitySeal(OLD);
        byte[] old = before.seal(7, IdentitySeal.Field.NAME, "Hussein");
        assertEquals(IdentitySeal.SINGLE_KEY_ID, IdentitySeal.keyIdOf(old));

        IdentitySeal during = new IdentitySeal("k2:" + NEW + ", k1:" + OLD);
        assertEquals("k2", during.currentKeyId());
        assertEquals("Hussein", during.open(7, IdentitySeal.Field.NAME, old));
        byte[] resealed = during.seal(7, IdentitySeal.Field.NAME, "Hussein");
        assertEquals("k2", IdentitySeal.keyIdOf(resealed));

        IdentitySeal after = new IdentitySeal("k2:" + NEW);
        assertEquals("Hussein", after.open(7, IdentitySeal.Field.NAME, resealed));
        assertThrows(
                IllegalStateException.class, () -> after.open(7, IdentitySeal.Field.NAME, old), "the old key is gone");
    }

    @Test
    void aMissingOrShortKeyIsRefusedByName() {
        assertEquals(
                true,
                assertThrows(IllegalStateException.class, () -> new IdentitySeal(null))
                        .getMessage()
                        .contains("HOTLINE_IDENTITY_KEY"));
        assertThrows(
                IllegalStateException.class,
                () -> new IdentitySeal(Base64.getEncoder().encodeToString(new byte[16])));
        assertThrows(IllegalStateException.class, () -> new IdentitySeal("a:" + OLD + ",a:" + NEW));
    }
}
