package org.hotline.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.hotline.common.Settings;
import org.junit.jupiter.api.Test;

class MetricsSettingsTest {

    private static final String TOKEN = "a-scraper-token-of-at-least-32-characters";

    @Test
    void withoutATokenNobodyIsAdmitted() {
        MetricsSettings settings = MetricsSettings.from(Settings.of(Map.of()));
        assertFalse(settings.admits(null));
        assertFalse(settings.admits(""));
        assertEquals(Duration.ofSeconds(15), settings.refreshEvery());
    }

    @Test
    void onlyTheConfiguredTokenIsAdmitted() {
        MetricsSettings settings = MetricsSettings.from(
                Settings.of(Map.of("HOTLINE_METRICS_TOKEN", TOKEN, "HOTLINE_METRICS_REFRESH_SECONDS", "1")));
        assertTrue(settings.admits(TOKEN));
        assertFalse(settings.admits(TOKEN + "x"));
        assertFalse(settings.admits(null));
        assertEquals(Duration.ofSeconds(1), settings.refreshEvery());
    }

    @Test
    void aShortTokenOrANegativePeriodNamesTheVariable() {
        IllegalStateException shortToken = assertThrows(
                IllegalStateException.class,
                () -> MetricsSettings.from(Settings.of(Map.of("HOTLINE_METRICS_TOKEN", "short"))));
        assertTrue(shortToken.getMessage().contains("HOTLINE_METRICS_TOKEN"), shortToken.getMessage());
        assertFalse(shortToken.getMessage().contains("short\""), "the value is not repeated");
        IllegalStateException negative = assertThrows(
                IllegalStateException.class,
                () -> MetricsSettings.from(Settings.of(Map.of("HOTLINE_METRICS_REFRESH_SECONDS", "-1"))));
        assertTrue(negative.getMessage().contains("HOTLINE_METRICS_REFRESH_SECONDS"), negative.getMessage());
    }
}
