package org.hotline.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserAccountLockoutTest {

    private static final Instant T0 = Instant.parse("2026-11-26T09:00:00Z");
    private final LockoutPolicy policy = LockoutPolicy.STANDARD;

    private UserAccount account() {
        return new UserAccount("agent1", "وكيل الاتصال", "hash", Set.of(Role.AGENT), T0);
    }

    @Test
    void fourFailuresDoNotLockAndTheFifthLocksForFifteenMinutes() {
        UserAccount account = account();
        for (int i = 0; i < 4; i++) {
            account.recordFailedSignIn(policy, T0.plusSeconds(i));
            assertFalse(account.isLockedAt(T0.plusSeconds(i)));
        }
        account.recordFailedSignIn(policy, T0.plusSeconds(4));
        assertTrue(account.isLockedAt(T0.plusSeconds(5)));
        assertEquals(T0.plusSeconds(4).plus(Duration.ofMinutes(15)), account.getLockedUntil());
        assertTrue(account.isLockedAt(T0.plusSeconds(4).plus(Duration.ofMinutes(15)).minusMillis(1)));
        assertFalse(account.isLockedAt(T0.plusSeconds(4).plus(Duration.ofMinutes(15))));
    }

    @Test
    void aSuccessfulSignInClearsTheCount() {
        UserAccount account = account();
        for (int i = 0; i < 4; i++) {
            account.recordFailedSignIn(policy, T0);
        }
        account.recordSuccessfulSignIn(T0.plusSeconds(1));
        account.recordFailedSignIn(policy, T0.plusSeconds(2));
        assertFalse(account.isLockedAt(T0.plusSeconds(2)));
        assertEquals(1, account.getFailedSignIns());
        assertEquals(T0.plusSeconds(1), account.getLastSignInAt());
    }

    @Test
    void afterALockRunsOutTheCountStartsAgain() {
        UserAccount account = account();
        for (int i = 0; i < 5; i++) {
            account.recordFailedSignIn(policy, T0);
        }
        Instant later = T0.plus(Duration.ofMinutes(16));
        account.recordFailedSignIn(policy, later);
        assertFalse(account.isLockedAt(later), "one failure after the lock ran out must not lock again");
        assertEquals(1, account.getFailedSignIns());
    }

    @Test
    void anAdministratorCanUnlock() {
        UserAccount account = account();
        for (int i = 0; i < 5; i++) {
            account.recordFailedSignIn(policy, T0);
        }
        account.unlock();
        assertFalse(account.isLockedAt(T0));
        assertNull(account.getLockedUntil());
        assertEquals(0, account.getFailedSignIns());
    }

    @Test
    void anAccountNeedsAValidUsernameANameAndARole() {
        assertThrows(IllegalArgumentException.class,
                () -> new UserAccount("Agent One", "x", "hash", Set.of(Role.AGENT), T0));
        assertThrows(IllegalArgumentException.class,
                () -> new UserAccount("ab", "x", "hash", Set.of(Role.AGENT), T0));
        assertThrows(IllegalArgumentException.class,
                () -> new UserAccount("agent1", " ", "hash", Set.of(Role.AGENT), T0));
        assertThrows(IllegalArgumentException.class, () -> new UserAccount("agent1", "x", "hash", Set.of(), T0));
        assertThrows(NullPointerException.class, () -> new UserAccount(null, "x", "hash", Set.of(Role.AGENT), T0));
    }

    @Test
    void thePolicyRefusesNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new LockoutPolicy(0, Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new LockoutPolicy(5, Duration.ZERO));
    }
}
