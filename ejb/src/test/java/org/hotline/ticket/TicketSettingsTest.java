package org.hotline.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.hotline.common.Settings;
import org.junit.jupiter.api.Test;

class TicketSettingsTest {

    @Test
    void theSlaWatchRunsEveryMinuteUnlessToldOtherwise() {
        assertEquals(
                Duration.ofMinutes(1),
                TicketSettings.from(Settings.of(Map.of())).slaWatchEvery());
        assertEquals(
                Duration.ofSeconds(2),
                TicketSettings.from(Settings.of(Map.of("HOTLINE_SLA_WATCH_SECONDS", "2")))
                        .slaWatchEvery());
    }

    @Test
    void aWatchThatWouldNeverRunNamesTheVariable() {
        for (String bad : new String[] {"0", "-5", "a minute"}) {
            IllegalStateException failure = assertThrows(
                    IllegalStateException.class,
                    () -> TicketSettings.from(Settings.of(Map.of("HOTLINE_SLA_WATCH_SECONDS", bad))));
            assertTrue(failure.getMessage().startsWith("HOTLINE_SLA_WATCH_SECONDS"), failure.getMessage());
        }
    }
}
