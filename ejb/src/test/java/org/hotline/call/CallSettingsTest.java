package org.hotline.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.hotline.common.Settings;
import org.junit.jupiter.api.Test;

class CallSettingsTest {

    @Test
    void thePbxRecordsAreReadEveryThirtySecondsByDefaultAndZeroTurnsThemOff() {
        assertEquals(
                Duration.ofSeconds(30), CallSettings.from(Settings.of(Map.of())).pbxRecordsEvery());
        assertEquals(
                Duration.ZERO,
                CallSettings.from(Settings.of(Map.of("HOTLINE_PBX_RECORDS_SECONDS", "0")))
                        .pbxRecordsEvery());
    }

    @Test
    void aNegativeOrWordyPeriodNamesTheVariable() {
        for (String bad : new String[] {"-1", "thirty"}) {
            IllegalStateException failure = assertThrows(
                    IllegalStateException.class,
                    () -> CallSettings.from(Settings.of(Map.of("HOTLINE_PBX_RECORDS_SECONDS", bad))));
            assertTrue(failure.getMessage().startsWith("HOTLINE_PBX_RECORDS_SECONDS"), failure.getMessage());
        }
    }
}
