package org.hotline.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.Map;
import org.hotline.common.Settings;
import org.junit.jupiter.api.Test;

class CalendarSettingsTest {

    @Test
    void nineToMidnightByDefaultAnd2400IsTheEndOfTheDay() {
        assertEquals(
                new CalendarSettings(LocalTime.of(9, 0), LocalTime.MIDNIGHT),
                CalendarSettings.from(Settings.of(Map.of())));
        assertEquals(
                new CalendarSettings(LocalTime.MIDNIGHT, LocalTime.of(17, 30)),
                CalendarSettings.from(
                        Settings.of(Map.of("HOTLINE_OPENS_AT", "00:00", "HOTLINE_CLOSES_AT", " 17:30 "))));
        assertEquals(
                LocalTime.MIDNIGHT,
                CalendarSettings.from(Settings.of(Map.of("HOTLINE_CLOSES_AT", "24:00")))
                        .closesAt());
    }

    @Test
    void aTimeThatIsNoTimeNamesTheVariable() {
        IllegalStateException failure = assertThrows(
                IllegalStateException.class,
                () -> CalendarSettings.from(Settings.of(Map.of("HOTLINE_CLOSES_AT", "5pm"))));
        assertTrue(failure.getMessage().startsWith("HOTLINE_CLOSES_AT"), failure.getMessage());
        assertFalse(failure.getMessage().contains("5pm"), failure.getMessage());
    }
}
