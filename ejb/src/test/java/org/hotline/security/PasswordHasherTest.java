package org.hotline.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(1_000);

    @Test
    void theRightPasswordVerifiesAndAnyOtherDoesNot() {
        String stored = hasher.hash("كلمة سر طويلة 2026");
        assertTrue(hasher.verify("كلمة سر طويلة 2026", stored));
        assertFalse(hasher.verify("كلمة سر طويلة 2027", stored));
        assertFalse(hasher.verify("", stored));
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        assertNotEquals(hasher.hash("same password twice"), hasher.hash("same password twice"));
    }

    @Test
    void theStoredFormNamesAlgorithmAndWorkFactorAndHoldsNoClearText() {
        String stored = hasher.hash("visible-secret-123");
        assertTrue(stored.startsWith("pbkdf2-sha256$1000$"), stored);
        assertFalse(stored.contains("visible-secret-123"));
    }

    @Test
    void aMalformedOrForeignHashMatchesNothing() {
        assertFalse(hasher.verify("x", null));
        assertFalse(hasher.verify("x", "plain-text-password"));
        assertFalse(hasher.verify("x", "bcrypt$10$abc$def"));
        assertFalse(hasher.verify("x", "pbkdf2-sha256$notanumber$AAAA$AAAA"));
        assertFalse(hasher.verify("x", "pbkdf2-sha256$1000$!!!$AAAA"));
    }

    @Test
    void aHashWithAWeakerWorkFactorAsksToBeRehashed() {
        String weak = hasher.hash("password from long ago");
        PasswordHasher current = new PasswordHasher();
        assertTrue(current.needsRehash(weak));
        assertTrue(current.verify("password from long ago", weak), "old hashes still verify");
        assertFalse(hasher.needsRehash(weak));
    }

    @Test
    void theProductionWorkFactorFollowsOwasp2023() {
        assertTrue(new PasswordHasher().hash("some long password").startsWith("pbkdf2-sha256$600000$"));
    }
}
