package org.hotline.telephony.agi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.Map;
import org.hotline.common.Settings;
import org.junit.jupiter.api.Test;

class AgiSettingsTest {

    @Test
    void byDefaultPort4573OnLoopbackForAHundredCallsFromTheLoopbackOnlyAndPromptFilesCheckedEveryFiveMinutes() {
        assertEquals(
                new AgiSettings(4573, "127.0.0.1", 100, "127.0.0.0/8,::1", Duration.ofMinutes(5)),
                AgiSettings.from(Settings.of(Map.of())));
    }

    @Test
    void theAmiHostIsThePbxAndMayConnectUnlessTheListIsSet() {
        assertEquals(
                "127.0.0.0/8,::1,10.1.2.3",
                AgiSettings.from(Settings.of(Map.of("HOTLINE_AMI_HOST", " 10.1.2.3 ")))
                        .allowedPeers());
        assertEquals(
                "10.9.9.9",
                AgiSettings.from(Settings.of(
                                Map.of("HOTLINE_AMI_HOST", "10.1.2.3", "HOTLINE_AGI_ALLOWED_PEERS", " 10.9.9.9 ")))
                        .allowedPeers());
    }

    @Test
    void portZeroTurnsTheIvrOffAndNoLimitGoesBelowItsFloor() {
        AgiSettings settings = AgiSettings.from(Settings.of(Map.of(
                "HOTLINE_AGI_PORT",
                "0",
                "HOTLINE_AGI_MAX_CALLS",
                "-5",
                "HOTLINE_AGI_BIND_ADDRESS",
                " 10.0.0.5 ",
                "HOTLINE_AGI_PROMPT_CHECK_SECONDS",
                "-1")));
        assertFalse(settings.enabled());
        assertEquals(1, settings.maxCalls());
        assertEquals("10.0.0.5", settings.bindAddress());
        assertEquals(Duration.ZERO, settings.promptCheck(), "never less than asking every time");
    }
}
