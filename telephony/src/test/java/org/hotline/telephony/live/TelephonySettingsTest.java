package org.hotline.telephony.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.hotline.common.Settings;
import org.junit.jupiter.api.Test;

class TelephonySettingsTest {

    @Test
    void withoutSettingsTheQueuesAreThoseOfTheSamplePbxConfiguration() {
        TelephonySettings settings = TelephonySettings.from(Settings.of(Map.of()));
        assertEquals(List.of("enquiries", "registration", "complaints", "status", "agents"), settings.queues());
        assertEquals("hotline-callback", settings.callbackContext());
    }

    @Test
    void queuesAreTrimmedDeduplicatedAndBlanksIgnored() {
        TelephonySettings settings =
                TelephonySettings.from(Settings.of(Map.of("HOTLINE_QUEUES", " sales, ,support,sales ")));
        assertEquals(List.of("sales", "support"), settings.queues());
    }
}
