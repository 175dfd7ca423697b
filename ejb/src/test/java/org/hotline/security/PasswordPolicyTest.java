package org.hotline.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hotline.security.PasswordPolicy.Violation;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void aLongPassphraseIsAccepted() {
        assertTrue(PasswordPolicy.check("correct horse battery staple", "layla.hassan")
                .isEmpty());
    }

    @Test
    void anArabicPassphraseCountsCharactersNotBytes() {
        assertTrue(PasswordPolicy.check("الخط الساخن ٥٥٩٩", "agent1").isEmpty());
        assertEquals(List.of(Violation.TOO_SHORT), PasswordPolicy.check("كلمة سر", "agent1"));
    }

    @Test
    void elevenCharactersAreTooShortAndTwelveAreEnough() {
        assertEquals(List.of(Violation.TOO_SHORT), PasswordPolicy.check("abcdefghijk", "agent1"));
        assertTrue(PasswordPolicy.check("abcdefghijkl", "agent1").isEmpty());
    }

    @Test
    void moreThan128CharactersAreRefused() {
        assertEquals(List.of(Violation.TOO_LONG), PasswordPolicy.check("ab".repeat(65), "agent1"));
    }

    @Test
    void thePasswordMayNotContainTheUsernameInAnyCase() {
        assertEquals(List.of(Violation.CONTAINS_USERNAME), PasswordPolicy.check("My-Admin-Password-2026", "admin"));
    }

    @Test
    void oneCharacterRepeatedIsRefused() {
        assertEquals(List.of(Violation.ONE_REPEATED_CHARACTER), PasswordPolicy.check("aaaaaaaaaaaaaaaa", "agent1"));
    }

    @Test
    void anEmptyOrMissingPasswordIsTooShort() {
        assertEquals(List.of(Violation.TOO_SHORT), PasswordPolicy.check("", "agent1"));
        assertEquals(List.of(Violation.TOO_SHORT), PasswordPolicy.check(null, "agent1"));
    }
}
