package org.hotline.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hotline.common.Settings;
import org.junit.jupiter.api.Test;

class WebSettingsTest {

    @Test
    void byDefaultNoProxyIsTrustedNoOtherOriginIsOursAndThirtyChecksAMinute() {
        WebSettings settings = WebSettings.from(Settings.of(Map.of()));
        assertEquals(Set.of(), settings.trustedProxies());
        assertEquals(List.of(), settings.publicOrigins());
        assertEquals(Optional.empty(), settings.pdfFont());
        assertEquals(30, settings.documentChecksPerMinute());
    }

    @Test
    void theConfiguredValuesAreRead() {
        WebSettings settings = WebSettings.from(Settings.of(Map.of(
                "HOTLINE_TRUSTED_PROXIES",
                "10.0.0.1, 10.0.0.2",
                "HOTLINE_PUBLIC_ORIGIN",
                "https://5599.example",
                "HOTLINE_PDF_FONT",
                "/fonts/a.ttf",
                "HOTLINE_PUBLIC_VERIFY_PER_MINUTE",
                "40")));
        assertEquals(Set.of("10.0.0.1", "10.0.0.2"), settings.trustedProxies());
        assertEquals(1, settings.publicOrigins().size());
        assertEquals(Optional.of("/fonts/a.ttf"), settings.pdfFont());
        assertEquals(40, settings.documentChecksPerMinute());
    }

    @Test
    void aBadValueStopsTheStartNamingItsVariable() {
        assertThrows(
                IllegalArgumentException.class,
                () -> WebSettings.from(Settings.of(Map.of("HOTLINE_PUBLIC_ORIGIN", "5599.example"))));
        IllegalStateException failure = assertThrows(
                IllegalStateException.class,
                () -> WebSettings.from(Settings.of(Map.of("HOTLINE_PUBLIC_VERIFY_PER_MINUTE", "many"))));
        assertTrue(failure.getMessage().startsWith("HOTLINE_PUBLIC_VERIFY_PER_MINUTE"), failure.getMessage());
        assertFalse(failure.getMessage().contains("many"));
    }
}
