package org.hotline.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final Instant T0 = Instant.parse("2026-12-02T09:00:00Z");
    private final SignInThrottle throttle = new SignInThrottle();

    @Test
    void theBackoffIsFreeThenDoublesUpToItsCap() {
        Backoff pair = SignInThrottle.PAIR;
        assertEquals(Duration.ZERO, pair.waitAfter(5));
        assertEquals(Duration.ofSeconds(1), pair.waitAfter(6));
        assertEquals(Duration.ofSeconds(2), pair.waitAfter(7));
        assertEquals(Duration.ofSeconds(256), pair.waitAfter(14));
        assertEquals(Duration.ofMinutes(5), pair.waitAfter(15));
        assertEquals(Duration.ofMinutes(5), pair.waitAfter(1_000_000));
    }

    @Test
    void fiveFailuresAreFreeAndTheSixthMakesTheNextTryWait() {
        for (int i = 1; i <= 6; i++) {
            assertTrue(throttle.tryPassword("203.0.113.1", "agent1", T0).passed(), "try " + i);
        }
        SignInThrottle.Verdict seventh = throttle.tryPassword("203.0.113.1", " Agent1 ", T0);
        assertFalse(seventh.passed(), "the name as typed is trimmed and folded");
        assertEquals(Duration.ofSeconds(1), seventh.retryAfter());
        assertTrue(
                throttle.tryPassword("203.0.113.1", "agent1", T0.plusSeconds(1)).passed());
        assertTrue(
                throttle.tryPassword("203.0.113.2", "agent1", T0.plusSeconds(1)).passed(),
                "another address is not slowed");
    }

    @Test
    void aKnownAddressIsExemptFromTheAccountsBudgetSpentByStrangers() {
        throttle.tryPassword("198.51.100.1", "agent1", T0);
        throttle.succeeded("198.51.100.1", "agent1", T0);
        for (int address = 1; address <= 20; address++) {
            throttle.tryPassword("203.0.113." + address, "agent1", T0);
        }
        assertFalse(throttle.tryPassword("203.0.113.99", "agent1", T0).passed(), "a new address waits");
        assertTrue(throttle.tryPassword("198.51.100.1", "agent1", T0).passed(), "the known one does not");
    }

    @Test
    void triesTheDatabaseWasNotThereToJudgeAddUpToNoWait() {
        for (int i = 1; i <= 50; i++) {
            assertTrue(throttle.tryPassword("203.0.113.1", "agent1", T0).passed(), "try " + i);
            throttle.unjudged("203.0.113.1", "agent1", T0);
        }
        for (int i = 1; i <= 6; i++) {
            throttle.tryPassword("203.0.113.1", "agent1", T0); // judged wrong: these count again
        }
        assertFalse(throttle.tryPassword("203.0.113.1", "agent1", T0).passed());
    }

    /**
     * Two requests of one client at once: each reads the clock, then they queue for the throttle, and the later reading
     * may be charged first. The earlier one must not wait behind a failure that is free (it was refused 429 with
     * Retry-After 1 while an agent's two windows saved at once).
     */
    @Test
    void aTryThatReadTheClockJustBeforeAFreeFailureDoesNotWait() {
        Instant earlier = T0;
        Instant later = T0.plusMillis(2);
        assertTrue(throttle.tryPassword("203.0.113.1", "agent1", later).passed());
        assertTrue(throttle.tryPassword("203.0.113.1", "agent1", earlier).passed());
        for (int address = 1; address <= 30; address++) {
            throttle.tryPassword("198.51.100.7", "stranger" + address, later); // the address's free failures, all spent
        }
        assertTrue(
                throttle.tryPassword("198.51.100.7", "agent1", earlier).passed(),
                "the address's thirtieth failure is still free");
    }

    @Test
    void aWaitIsNeverLongerThanTheFailuresEarnedWhateverTheClockSaid() {
        for (int i = 1; i <= 6; i++) {
            throttle.tryPassword("203.0.113.1", "agent1", T0.plusSeconds(10));
        }
        assertEquals(
                Duration.ofSeconds(1),
                throttle.tryPassword("203.0.113.1", "agent1", T0).retryAfter());
    }

    @Test
    void aSuccessForgetsThePairsFailures() {
        for (int i = 1; i <= 5; i++) {
            throttle.tryPassword("203.0.113.1", "agent1", T0);
        }
        throttle.succeeded("203.0.113.1", "agent1", T0);
        for (int i = 1; i <= 6; i++) {
            assertTrue(throttle.tryPassword("203.0.113.1", "agent1", T0).passed(), "try " + i);
        }
    }

    @Test
    void anHourOfQuietForgetsTheFailures() {
        for (int i = 1; i <= 6; i++) {
            throttle.tryPassword("203.0.113.1", "agent1", T0);
        }
        assertFalse(throttle.tryPassword("203.0.113.1", "agent1", T0).passed());
        Instant later = T0.plus(Duration.ofMinutes(61));
        for (int i = 1; i <= 6; i++) {
            assertTrue(throttle.tryPassword("203.0.113.1", "agent1", later).passed(), "free again: try " + i);
        }
    }

    @Test
    void onlyRefusedTokensSpendTheAddresssBudget() {
        for (int i = 1; i <= 100; i++) {
            assertTrue(throttle.tryToken("203.0.113.1", T0).passed(), "a good token never waits: try " + i);
        }
        for (int i = 1; i <= 31; i++) {
            assertTrue(throttle.tryToken("203.0.113.1", T0).passed(), "refused token " + i);
            throttle.tokenRefused("203.0.113.1", T0);
        }
        assertFalse(throttle.tryToken("203.0.113.1", T0).passed(), "after the free refusals the address waits");
        assertTrue(throttle.tryToken("203.0.113.2", T0).passed(), "another address does not");
    }
}
