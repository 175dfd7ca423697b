package org.hotline.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hotline.common.ClientWindows;
import org.hotline.common.Settings;
import org.junit.jupiter.api.Test;

class FollowUpBackoffTest {

    private static final Instant NOON = Instant.parse("2026-12-02T09:00:00Z");
    private final FollowUpSettings defaults = FollowUpSettings.from(Settings.of(Map.of()));

    @Test
    void threeFreeWrongPinsThenTenSecondsDoublingToFiveMinutes() {
        List<Long> waits = new ArrayList<>();
        for (int failures = 1; failures <= 12; failures++) {
            waits.add(defaults.waitAfter(failures).toSeconds());
        }
        assertEquals(List.of(0L, 0L, 0L, 10L, 20L, 40L, 80L, 160L, 300L, 300L, 300L, 300L), waits);
        assertEquals(Duration.ofMinutes(5), defaults.waitAfter(Integer.MAX_VALUE), "no overflow past the cap");
    }

    @Test
    void theSettingsComeFromTheEnvironment() {
        FollowUpSettings short_ = FollowUpSettings.from(Settings.of(Map.of(
                "HOTLINE_PIN_BACKOFF_SECONDS",
                "2",
                "HOTLINE_PIN_BACKOFF_MAX_SECONDS",
                "4",
                "HOTLINE_FOLLOW_UP_PER_HOUR",
                "7")));
        assertEquals(Duration.ofSeconds(2), short_.waitAfter(4));
        assertEquals(Duration.ofSeconds(4), short_.waitAfter(9));
        assertEquals(7, short_.wrongTriesPerHour());
        assertEquals(20, defaults.wrongTriesPerHour());
    }

    @Test
    void aBadSettingNamesItsVariable() {
        IllegalStateException shorter = assertThrows(
                IllegalStateException.class,
                () -> FollowUpSettings.from(Settings.of(
                        Map.of("HOTLINE_PIN_BACKOFF_SECONDS", "20", "HOTLINE_PIN_BACKOFF_MAX_SECONDS", "4"))));
        assertTrue(shorter.getMessage().startsWith("HOTLINE_PIN_BACKOFF_MAX_SECONDS"), shorter.getMessage());
        IllegalStateException none = assertThrows(
                IllegalStateException.class,
                () -> FollowUpSettings.from(Settings.of(Map.of("HOTLINE_FOLLOW_UP_PER_HOUR", "0"))));
        assertTrue(none.getMessage().startsWith("HOTLINE_FOLLOW_UP_PER_HOUR"), none.getMessage());
        IllegalStateException word = assertThrows(
                IllegalStateException.class,
                () -> FollowUpSettings.from(Settings.of(Map.of("HOTLINE_PIN_BACKOFF_SECONDS", "ten"))));
        assertTrue(word.getMessage().startsWith("HOTLINE_PIN_BACKOFF_SECONDS"), word.getMessage());
    }

    @Test
    void aWrongPinStartsTheWaitTheRightOneClearsItAndADaysQuietForgetsIt() {
        FollowUpBackoff backoff = new FollowUpBackoff();
        Instant now = NOON;
        for (int i = 0; i < 3; i++) {
            assertEquals(Duration.ZERO, backoff.wrongPin(now, defaults));
        }
        assertEquals(Duration.ofSeconds(10), backoff.wrongPin(now, defaults));
        assertEquals(Duration.ofSeconds(4), backoff.waitAt(now.plusSeconds(6)));
        assertEquals(Duration.ZERO, backoff.waitAt(now.plusSeconds(10)), "never a lock: the wait passes");
        assertEquals(Duration.ofSeconds(20), backoff.wrongPin(now.plusSeconds(10), defaults));

        backoff.rightPin();
        assertEquals(Duration.ZERO, backoff.waitAt(now.plusSeconds(11)));
        assertEquals(Duration.ZERO, backoff.wrongPin(now.plusSeconds(12), defaults), "free tries again");

        for (int i = 0; i < 5; i++) {
            backoff.wrongPin(now.plusSeconds(20), defaults);
        }
        assertTrue(backoff.getFailures() > 3);
        assertEquals(
                Duration.ZERO,
                backoff.wrongPin(now.plus(Duration.ofDays(2)), defaults),
                "a day's quiet forgets the earlier wrong PINs");
    }

    private static final Duration HOUR = Duration.ofHours(1);

    @Test
    void aClientsHourlyBudgetOfWrongTriesIsSharedByEveryNumberAndARightPinGivesItsPlaceBack() {
        ClientWindows budget = new ClientWindows();
        for (int i = 0; i < 5; i++) {
            assertEquals(Duration.ZERO, budget.take("web:203.0.113.9", 5, HOUR, NOON.plusSeconds(i)));
        }
        assertEquals(
                Duration.ofSeconds(3600 - 10),
                budget.take("web:203.0.113.9", 5, HOUR, NOON.plusSeconds(10)),
                "spent: wait until the oldest try is an hour old");
        assertEquals(Duration.ZERO, budget.take("web:198.51.100.7", 5, HOUR, NOON.plusSeconds(10)), "another client");
        assertEquals(Duration.ZERO, budget.take("web:203.0.113.9", 5, HOUR, NOON.plusSeconds(3600)), "an hour later");

        ClientWindows fresh = new ClientWindows();
        for (int i = 0; i < 10; i++) {
            assertEquals(Duration.ZERO, fresh.take("tel:+9647701234567", 1, HOUR, NOON));
            fresh.giveBack("tel:+9647701234567");
        }
    }
}
