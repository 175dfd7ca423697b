package org.hotline.telephony.agi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AgiSettingsTest {

    @Test
    void byDefaultPort4573OnLoopbackForAHundredCalls() {
        assertEquals(new AgiSettings(4573, "127.0.0.1", 100), AgiSettings.from(Map.of()));
    }

    @Test
    void portZeroTurnsTheIvrOffAndTheLimitIsAtLeastOne() {
        AgiSettings settings = AgiSettings.from(Map.of("HOTLINE_AGI_PORT", "0", "HOTLINE_AGI_MAX_CALLS", "-5",
                "HOTLINE_AGI_BIND_ADDRESS", " 10.0.0.5 "));
        assertFalse(settings.enabled());
        assertEquals(1, settings.maxCalls());
        assertEquals("10.0.0.5", settings.bindAddress());
    }
}
