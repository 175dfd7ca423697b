package org.hotline.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;
import org.hotline.common.Settings;
import org.junit.jupiter.api.Test;

/** The retention periods: five years for complaints, recordings never, unless told; 0 is never; bad values named. */
class RetentionSettingsTest {

    private static final Instant NOW = Instant.parse("2026-12-03T00:30:00Z");

    @Test
    void byDefaultComplaintsAfterFiveYearsRecordingsNeverAtHalfPastThree() {
        RetentionSettings settings = RetentionSettings.from(Settings.of(Map.of()));
        assertEquals(1826, settings.complaintDays());
        assertEquals(Optional.of(NOW.minus(Duration.ofDays(1826))), settings.complaintsClosedBefore(NOW));
        assertEquals(Optional.empty(), settings.recordingsEndedBefore(NOW));
        assertEquals(Optional.empty(), settings.recordingsFolder(), "no folder: nothing to play");
        assertEquals(java.nio.file.Path.of("/var/spool/asterisk/monitor"), settings.pbxRecordingsDir());
        assertEquals(Optional.of(LocalTime.of(3, 30)), settings.runAt());
    }

    @Test
    void zeroIsNeverAndRecordingsNeedTheirFolder() {
        RetentionSettings noFolder = RetentionSettings.from(
                Settings.of(Map.of("HOTLINE_RETENTION_COMPLAINT_DAYS", "0", "HOTLINE_RETENTION_RECORDING_DAYS", "90")));
        assertEquals(Optional.empty(), noFolder.complaintsClosedBefore(NOW));
        assertEquals(Optional.empty(), noFolder.recordingsEndedBefore(NOW), "no folder: nothing to remove");
        RetentionSettings withFolder = RetentionSettings.from(Settings.of(Map.of(
                "HOTLINE_RETENTION_RECORDING_DAYS", "90",
                "HOTLINE_RECORDINGS_DIR", "/var/spool/asterisk/monitor",
                "HOTLINE_RETENTION_AT", "off")));
        assertEquals(Optional.of(NOW.minus(Duration.ofDays(90))), withFolder.recordingsEndedBefore(NOW));
        assertEquals(Optional.empty(), withFolder.runAt());
    }

    @Test
    void aValueThatCannotBeReadIsNamed() {
        for (Map<String, String> bad : java.util.List.of(
                Map.of("HOTLINE_RETENTION_COMPLAINT_DAYS", "-1"),
                Map.of("HOTLINE_RETENTION_RECORDING_DAYS", "soon"),
                Map.of("HOTLINE_RETENTION_AT", "25:00"),
                Map.of("HOTLINE_RETENTION_BATCH", "0"),
                Map.of("HOTLINE_PBX_RECORDINGS_DIR", "monitor"))) {
            IllegalStateException refused =
                    assertThrows(IllegalStateException.class, () -> RetentionSettings.from(Settings.of(bad)));
            assertTrue(refused.getMessage().contains(bad.keySet().iterator().next()), refused.getMessage());
        }
    }
}
