package org.hotline.attachment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.hotline.common.Settings;
import org.junit.jupiter.api.Test;

class AttachmentSettingsTest {

    @Test
    void theDefaultsAndTheFloors() {
        assertEquals(
                new AttachmentSettings(8192, 4096 * 4096, 2, 1000), AttachmentSettings.from(Settings.of(Map.of())));
        assertEquals(
                new AttachmentSettings(100, 10_000, 1, 0),
                AttachmentSettings.from(Settings.of(Map.of(
                        "HOTLINE_IMAGE_MAX_SIDE",
                        "100",
                        "HOTLINE_IMAGE_MAX_PIXELS",
                        "10000",
                        "HOTLINE_IMAGE_DECODES",
                        "0",
                        "HOTLINE_IMAGE_DECODE_WAIT_MS",
                        "-5"))));
    }

    @Test
    void aBadNumberNamesTheVariable() {
        IllegalStateException failure = assertThrows(
                IllegalStateException.class,
                () -> AttachmentSettings.from(Settings.of(Map.of("HOTLINE_IMAGE_DECODES", "two"))));
        assertTrue(failure.getMessage().startsWith("HOTLINE_IMAGE_DECODES"), failure.getMessage());
    }
}
